package duedate

import (
	"sort"
	"time"
)

// Holiday is one Finnish public holiday that stops a period from ending.
// Name holds the holiday's name in "fi", "sv" and "en".
type Holiday struct {
	Date time.Time
	Name map[string]string
}

// names are the holidays' names; fi and sv are written in lower case as
// Finnish and Swedish spell them.
var (
	nameNewYear      = names("uudenvuodenpäivä", "nyårsdagen", "New Year's Day")
	nameEpiphany     = names("loppiainen", "trettondagen", "Epiphany")
	nameGoodFriday   = names("pitkäperjantai", "långfredagen", "Good Friday")
	nameEaster       = names("pääsiäispäivä", "påskdagen", "Easter Sunday")
	nameEasterMonday = names("2. pääsiäispäivä", "annandag påsk", "Easter Monday")
	nameMayDay       = names("vapunpäivä", "första maj", "May Day")
	nameAscension    = names("helatorstai", "Kristi himmelsfärds dag", "Ascension Day")
	namePentecost    = names("helluntaipäivä", "pingstdagen", "Whit Sunday")
	nameMidsummerEve = names("juhannusaatto", "midsommarafton", "Midsummer Eve")
	nameMidsummer    = names("juhannuspäivä", "midsommardagen", "Midsummer Day")
	nameAllSaints    = names("pyhäinpäivä", "alla helgons dag", "All Saints' Day")
	nameIndependence = names("itsenäisyyspäivä", "självständighetsdagen", "Independence Day")
	nameChristmasEve = names("jouluaatto", "julafton", "Christmas Eve")
	nameChristmas    = names("joulupäivä", "juldagen", "Christmas Day")
	nameStStephen    = names("tapaninpäivä", "annandag jul", "St Stephen's Day")
)

type holidayNames struct{ fi, sv, en string }

func names(fi, sv, en string) holidayNames { return holidayNames{fi, sv, en} }

// Holidays returns the Finnish public holidays of year (150/1930 5 §), sorted
// by date. Holidays that always or this year fall on a Saturday or Sunday are
// listed too. Each call builds a fresh list, so the caller may change it.
func Holidays(year int) []Holiday {
	e := easter(year)
	list := []Holiday{
		holiday(Day(year, time.January, 1), nameNewYear),
		holiday(Day(year, time.January, 6), nameEpiphany),
		holiday(e.AddDate(0, 0, -2), nameGoodFriday),
		holiday(e, nameEaster),
		holiday(e.AddDate(0, 0, 1), nameEasterMonday),
		holiday(Day(year, time.May, 1), nameMayDay),
		holiday(e.AddDate(0, 0, 39), nameAscension),
		holiday(e.AddDate(0, 0, 49), namePentecost),
		holiday(firstWeekday(Day(year, time.June, 19), time.Friday), nameMidsummerEve),
		holiday(firstWeekday(Day(year, time.June, 20), time.Saturday), nameMidsummer),
		holiday(firstWeekday(Day(year, time.October, 31), time.Saturday), nameAllSaints),
		holiday(Day(year, time.December, 6), nameIndependence),
		holiday(Day(year, time.December, 24), nameChristmasEve),
		holiday(Day(year, time.December, 25), nameChristmas),
		holiday(Day(year, time.December, 26), nameStStephen),
	}
	// Helatorstai moves with Easter: it is 30.4. when Easter is 22.3. (2285)
	// and falls on vapunpäivä itself when Easter is 23.3. (2008), so the list
	// is sorted rather than trusted; stable keeps vapunpäivä first on a tie.
	sort.SliceStable(list, func(i, j int) bool { return list[i].Date.Before(list[j].Date) })
	return list
}

func holiday(d time.Time, n holidayNames) Holiday {
	return Holiday{Date: d, Name: map[string]string{"fi": n.fi, "sv": n.sv, "en": n.en}}
}

// firstWeekday returns the first day on or after from that is a wd.
func firstWeekday(from time.Time, wd time.Weekday) time.Time {
	return from.AddDate(0, 0, int(wd-from.Weekday()+7)%7)
}
