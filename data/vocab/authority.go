package vocab

// Authority is the Finnish supervisory authority, Tietosuojavaltuutetun
// toimisto, as every document and letter names it (GDPR art. 77). The
// address is the current one (Lintulahdenkuja 4 since 2022); Ratapihantie 9
// and the fax number that older notices print are outdated.
var Authority = struct {
	Name, Visit, Post, Phone, Email, Web Text
}{
	Name:  Text{"Tietosuojavaltuutetun toimisto", "Dataombudsmannens byrå", "Office of the Data Protection Ombudsman"},
	Visit: Text{"Lintulahdenkuja 4, 00530 Helsinki", "Fågelviksgränden 4, 00530 Helsingfors", "Lintulahdenkuja 4, 00530 Helsinki, Finland"},
	Post:  Text{"PL 800, 00531 Helsinki", "PB 800, 00531 Helsingfors", "P.O. Box 800 (PL 800), 00531 Helsinki, Finland"},
	Phone: Text{"029 566 6700", "029 566 6700", "029 566 6700 (from abroad +358 29 566 6700)"},
	Email: Text{"tietosuoja@om.fi", "tietosuoja@om.fi", "tietosuoja@om.fi"},
	Web:   Text{"tietosuoja.fi", "tietosuoja.fi", "tietosuoja.fi"},
}
