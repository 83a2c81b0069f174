package wizard

// Default returns the catalogue of the wizard, freshly built so that a
// caller may change its copy.
func Default() Catalogue {
	return Catalogue{Steps: []Step{
		companyStep(),
		contactStep(),
		registersStep(),
		processorsStep(),
		websiteStep(),
		processorTermsStep(),
		summaryStep(),
	}}
}

func summaryStep() Step {
	return Step{
		ID:    "summary",
		Title: T("Yhteenveto", "Sammanfattning", "Summary"),
		Intro: T("Tässä näet, mitä asiakirjoista vielä puuttuu. Punaisella merkityt kohdat on täytettävä ennen kuin asiakirjat voi ottaa käyttöön. Muut ovat neuvoja.",
			"Här ser du vad som ännu fattas i dokumenten. Punkter i rött måste fyllas i innan dokumenten kan tas i bruk. Övriga är råd.",
			"Here you see what the documents still lack. Items in red must be filled in before the documents can be used. The others are advice."),
	}
}

// Condition helpers keep the catalogue readable.

func is(path, value string) *Condition {
	return &Condition{Path: path, Op: OpEquals, Value: value}
}

func yes(path string) *Condition { return &Condition{Path: path, Op: OpTrue} }

func no(path string) *Condition { return &Condition{Path: path, Op: OpFalse} }

func anyOf(cs ...*Condition) *Condition {
	c := &Condition{}
	for _, x := range cs {
		c.Any = append(c.Any, *x)
	}
	return c
}

func all(cs ...*Condition) *Condition {
	c := &Condition{}
	for _, x := range cs {
		c.All = append(c.All, *x)
	}
	return c
}
