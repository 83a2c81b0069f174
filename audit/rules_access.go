package audit

// Access to one's data: the right named, a limit, a fee, and the words
// that make it free.
var (
	accessWord = re(`tarkast|tarkist|pääsy|päästä|omat tie|nähdä|insyn|tillgång|registerutdrag|kontrollera|granska|ta del av|\bse (?:dina|sina|de) (?:person)?uppgifter|\baccess\b|check (?:\p{L}+ ){0,3}?(?:own )?(?:personal )?(?:data|information)|see (?:\p{L}+ ){0,2}?(?:data|information)|inspect|copy of (your|the) data`)
	accessOnce = re(`kerran vuodessa|kerran vuoden|vuoden välein|kerran kalenterivuodessa|en gång (per|om|i) år|once (a|per|every) (calendar )?year|once annually`)
	accessFee  = re(`maksu(a|n|lli)|veloite|veloitam|perimme|peritään|\bavgift(en|er)?\b|kostar|\bfees?\b|\bcharged?\b|\bcost\b`)
	accessFree = re(`maksutta|maksuton|veloituksetta|ilmai|ei peritä|emme peri|ei veloiteta|emme veloita|kostnadsfri|avgiftsfri|utan kostnad|utan avgift|ingen avgift|tas inte ut|free of charge|without charge|no charge|no fee|not charge|\bfree\b`)
)

// ruleAccess reports a right of access limited to once a year or charged.
// In a section on rights, a limit of once a year needs no word of access:
// no other right is ever limited so ("Right of access: you may ask once a
// year").
func ruleAccess(c *checker) {
	for _, sp := range c.d.spans() {
		if !accessWord.MatchString(sp.s) && !(accessOnce.MatchString(sp.s) && c.d.inTopics(sp.start, topicRights)) {
			continue
		}
		if m := accessOnce.FindStringIndex(sp.s); m != nil {
			c.addSpan("access_fee_or_limit", sp)
			continue
		}
		if accessFee.MatchString(sp.s) && !accessFree.MatchString(sp.s) && !excessive.MatchString(sp.s) {
			c.addSpan("access_fee_or_limit", sp)
		}
	}
}

// excessive marks the lawful charge of art. 12(5) and 15(3), which a good
// notice may mention.
var excessive = re(`perusteeto|kohtuuto|ilmeisen|lisäkopio|ogrundad|orimlig|ytterligare kopior|unfounded|excessive|further copies|additional copies`)

// signedRe is a demand for a hand-signed request.
var signedRe = re(`omakätisesti|allekirjoitet\p{L}*\s+(kirjallise|pyyn|kirje|lomak)|kirjallisesti (ja )?allekirjoite|allekirjoitettava|allekirjoittamalla|ska undertecknas|skall undertecknas|must be signed|egenhändig(?:t|a)?\b|egenhändig underskrift|med (?:din |sin )?underskrift|försedd med underskrift|handwritten signature|signed by hand|signature by hand|undertecknad (skriftlig )?begäran|skriftlig(t)?,? undertecknad|undertecknat brev|hand-?signed|signed (written )?(request|letter)|personally signed|signed in writing`)

// optional and required tell an offer ("voit myös lähettää allekirjoitetun
// kirjeen") from a demand ("pyyntö on tehtävä allekirjoitettuna").
var (
	optional = re(`(?:^|[\s,])(?:myös|voi|voit|also|can|may|även|kan)\b`)
	required = re(`on tehtävä|tulee|täytyy|pitää|vain|ainoastaan|vaaditaan|must|only|required|ska|skall|endast|måste`)
)

// ruleSignedRequest reports the first such demand.
func ruleSignedRequest(c *checker) {
	for _, sp := range c.d.spans() {
		if signedRe.MatchString(sp.s) && !(optional.MatchString(sp.s) && !required.MatchString(sp.s)) {
			c.addSpan("signed_request_demand", sp)
			return
		}
	}
}
