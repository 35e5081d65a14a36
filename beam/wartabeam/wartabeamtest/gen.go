// Package wartabeamtest makes synthetic news articles for tests and
// throughput runs of package wartabeam: short Indonesian and English
// stories, written for warta, with people, organizations, countries, quotes
// and reported speech drawn from small pools, so that the same entities
// recur across articles.
package wartabeamtest

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/wartalab/warta/corpus"
)

var (
	people = []string{"Retno Marsudi", "Antony Blinken", "Sri Mulyani Indrawati", "Kim Jong Un", "Anthony Albanese",
		"Prabowo Subianto", "Penny Wong", "Budi Gunadi Sadikin", "Ursula von der Leyen", "Airlangga Hartarto"}
	// short is a second name of people[i] that articles use on its own.
	short = []string{"Retno", "Blinken", "Sri Mulyani", "Kim", "Albanese", "Prabowo", "Wong", "Budi", "von der Leyen", "Airlangga"}
	orgs  = []string{"Bank Indonesia", "Kementerian Keuangan", "Perserikatan Bangsa-Bangsa", "Komisi Pemberantasan Korupsi",
		"World Health Organization", "International Monetary Fund"}
	idCountries = []string{"Amerika Serikat", "Jepang", "Australia", "Korea Selatan", "Mesir", "Tiongkok", "Malaysia", "Singapura"}
	enCountries = []string{"the United States", "Japan", "Australia", "South Korea", "Egypt", "China", "Malaysia", "Singapore"}
	idTopics    = []string{"perdagangan", "keamanan kawasan", "harga pangan", "energi bersih", "kesehatan", "pendidikan"}
	enTopics    = []string{"trade", "regional security", "food prices", "clean energy", "health", "education"}
)

// Text returns the text of synthetic article i: Indonesian for even i,
// English for odd i, in one of four layouts. The same i always gives the
// same text.
func Text(i int) string {
	p, q := i%len(people), (i/3+1)%len(people)
	o := orgs[(i/2)%len(orgs)]
	c1, c2 := (i/5)%len(idCountries), (i/7+3)%len(idCountries)
	if c1 == c2 {
		c2 = (c2 + 1) % len(idCountries)
	}
	if i%2 == 0 {
		t := idTopics[(i/4)%len(idTopics)]
		switch (i / 2) % 4 {
		case 0:
			return fmt.Sprintf("JAKARTA - Menteri %s bertemu delegasi %s di Jakarta pada hari ke-%d.\n\n"+
				"\"Kami akan terus bekerja sama dengan %s demi %s,\" kata %s kepada wartawan.\n\n"+
				"%s mengatakan pertemuan itu juga membahas hubungan dengan %s.\n",
				people[p], idCountries[c1], i, idCountries[c1], t, short[p], short[p], idCountries[c2])
		case 1:
			return fmt.Sprintf("Pejabat %s, %s, menyebut %s menjadi prioritas tahun ini.\n\n"+
				"Menurut %s, kerja sama dengan %s dan %s sudah berjalan baik.\n\n"+
				"\"Kita tidak boleh lengah,\" ujar %s.\n", o, people[q], t, people[q], idCountries[c1], idCountries[c2], short[q])
		case 2:
			return fmt.Sprintf("%s dan %s membahas %s dalam pertemuan di %s, Senin (%d/9).\n\n"+
				"%s mengatakan bahwa %s siap membantu.\n", people[p], people[q], t, idCountries[c1], 1+i%28, people[p], o)
		default:
			return fmt.Sprintf("Laporan %s tentang %s dirilis pekan ini.\n\n"+
				"\"Situasinya masih berat bagi %s,\" kata %s.\n", o, t, idCountries[c1], people[q])
		}
	}
	t := enTopics[(i/4)%len(enTopics)]
	switch (i / 2) % 4 {
	case 0:
		return fmt.Sprintf("WASHINGTON - Minister %s met officials from %s on day %d.\n\n"+
			"\"We will keep working with %s on %s,\" %s told reporters.\n\n"+
			"%s said the talks also covered ties with %s.\n",
			people[p], enCountries[c1], i, enCountries[c1], t, short[p], short[p], enCountries[c2])
	case 1:
		return fmt.Sprintf("%s official %s said %s is this year's priority.\n\n"+
			"According to %s, cooperation with %s and %s is going well.\n\n"+
			"\"We cannot be complacent,\" %s said.\n", o, people[q], t, people[q], enCountries[c1], enCountries[c2], short[q])
	case 2:
		return fmt.Sprintf("%s and %s discussed %s at a meeting in %s on Monday.\n\n"+
			"%s said that the %s was ready to help.\n", people[p], people[q], t, enCountries[c1], people[p], o)
	default:
		return fmt.Sprintf("A %s report on %s was released this week.\n\n"+
			"\"The situation is still hard for %s,\" said %s.\n", o, t, enCountries[c1], people[q])
	}
}

// Records returns n synthetic articles with ids "gen-000000" and up.
func Records(n int) []corpus.Record {
	recs := make([]corpus.Record, n)
	for i := range recs {
		recs[i] = record(i)
	}
	return recs
}

func record(i int) corpus.Record {
	lang := "id"
	if i%2 == 1 {
		lang = "en"
	}
	return corpus.Record{ID: fmt.Sprintf("gen-%06d", i), Text: Text(i), Lang: lang,
		URL: fmt.Sprintf("https://news.example/%d", i), Published: fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)}
}

// WriteJSONL writes n synthetic articles to w as JSON Lines, one record
// each, without holding them in memory.
func WriteJSONL(w io.Writer, n int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range n {
		if err := enc.Encode(record(i)); err != nil {
			return fmt.Errorf("wartabeamtest: write record %d: %w", i, err)
		}
	}
	return nil
}
