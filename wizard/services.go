package wizard

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"

	"tietosuojapakki/data"
)

// Service is a well-known service with where it usually processes data and
// in what role. The table is data (services.json): a suggestion the user
// checks against the provider's own terms, never printed as a fact.
type Service struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"` // lower case, words apart
	Provider string   `json:"provider"`
	Kind     string   `json:"kind"` // analytics, marketing, email, cloud …
	// Role is data.RoleController, data.RoleJointController or "processor".
	Role      string   `json:"role"`
	Location  string   `json:"location"` // data.LocationEU or data.LocationThirdCountry
	Country   []string `json:"country"`  // fi, sv, en
	Safeguard string   `json:"safeguard,omitempty"`
	// Cookieless: the service is known to work without cookies or similar
	// identifiers, so it needs no cookie consent.
	Cookieless bool `json:"cookieless,omitempty"`
}

// RoleProcessor is a service that processes data on the user's behalf.
const RoleProcessor = "processor"

// ThirdCountry reports whether the service usually processes data outside
// the EU/EEA.
func (s Service) ThirdCountry() bool { return s.Location == data.LocationThirdCountry }

// CountryIn is the usual country in lang.
func (s Service) CountryIn(lang string) string {
	return T(at(s.Country, 0), at(s.Country, 1), at(s.Country, 2)).In(lang)
}

func at(xs []string, i int) string {
	if i < len(xs) {
		return xs[i]
	}
	return ""
}

//go:embed services.json
var servicesJSON []byte

// serviceTable is services.json: the services, and the country names the
// transfer rules compare with (lower case).
type serviceTable struct {
	Services          []Service `json:"services"`
	AdequacyCountries []string  `json:"adequacy_countries"`
	USNames           []string  `json:"us_names"`
}

var table = sync.OnceValue(func() serviceTable {
	var f serviceTable
	if err := json.Unmarshal(servicesJSON, &f); err != nil {
		panic("wizard: services.json: " + err.Error()) // caught by the tests
	}
	// Aliases are matched as " word word " inside the name's words.
	for i := range f.Services {
		for j, a := range f.Services[i].Aliases {
			f.Services[i].Aliases[j] = " " + words(a) + " "
		}
	}
	return f
})

func services() []Service { return table().Services }

// countryIn reports whether the country the user wrote is one of names,
// as a whole (a name in parentheses or after a comma counts too).
func countryIn(country string, names []string) bool {
	c := " " + words(country) + " "
	for _, n := range names {
		if strings.Contains(c, " "+words(n)+" ") {
			return true
		}
	}
	return false
}

// usCountry: the country is the United States.
func usCountry(country string) bool { return countryIn(country, table().USNames) }

// adequateCountry: the Commission has found the country adequate (art. 45).
func adequateCountry(country string) bool { return countryIn(country, table().AdequacyCountries) }

// Services returns the table of well-known services (aliases in their
// matching form, " word word ").
func Services() []Service { return append([]Service(nil), services()...) }

// FindService returns the known service a name the user wrote refers to
// ("Google Analytics 4", "Meta-pikseli"), matching whole words of an alias
// in any case.
func FindService(name string) (Service, bool) {
	n := " " + words(name) + " "
	for _, s := range services() {
		for _, a := range s.Aliases {
			if strings.Contains(n, a) {
				return s, true
			}
		}
	}
	return Service{}, false
}

// words lower-cases s and turns every run of characters that are not
// letters or digits into one space.
func words(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '–' && r != '—')
	})
	return strings.Join(f, " ")
}
