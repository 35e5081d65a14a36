package lexicon

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCountryDataFiles(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			entries, err := countryReadData(lang)
			require.NoError(t, err, "the data file parses: known codes and kinds, folded or capitals, unique")
			require.NotEmpty(t, entries)
			var phrases []string
			for _, e := range entries {
				phrases = append(phrases, e.phrase)
				_, ok := CountryByCode(e.ref.Code)
				assert.True(t, ok, "line %d: code %s is in the table", e.line, e.ref.Code)
				if e.exact {
					assert.Regexp(t, `^[A-Z]+$`, e.phrase, "line %d: case-sensitive phrases are capitals only", e.line)
				} else {
					assert.Equal(t, countryFold(e.phrase), e.phrase, "line %d: phrase is folded", e.line)
				}
			}
			assert.True(t, sort.StringsAreSorted(phrases), "phrases are sorted in byte order")

			b, err := countryFiles.ReadFile("data/" + lang + "/countries.txt")
			require.NoError(t, err)
			for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
				assert.Equal(t, strings.TrimRight(line, " \t\r"), line, "line %d: no trailing space", i+1)
				assert.NotContains(t, line, "  ", "line %d: no double spaces", i+1)
			}
		})
	}
}

func TestCountryDataEnglishDemonyms(t *testing.T) {
	entries, err := countryReadData("en")
	require.NoError(t, err)
	n := 0
	for _, e := range entries {
		if e.ref.Kind == CountryDemonym {
			n++
		}
	}
	assert.GreaterOrEqual(t, n, 120, "English demonyms, plurals included")
}

func TestCountryTable(t *testing.T) {
	require.NotEmpty(t, countryTable)
	assert.Len(t, countryTable, 250, "249 ISO 3166-1 countries plus XK")
	for i, c := range countryTable {
		assert.Regexp(t, `^[A-Z]{2}$`, c.Code)
		if i > 0 {
			assert.Less(t, countryTable[i-1].Code, c.Code, "sorted and unique")
		}
		assert.NotEmpty(t, c.English, c.Code)
		assert.NotEmpty(t, c.Indonesian, c.Code)
		for _, n := range []string{c.English, c.Indonesian} {
			assert.NotContains(t, n, "(", "%s: qualifiers stripped", c.Code)
			assert.NotContains(t, n, " SAR", "%s: qualifiers stripped", c.Code)
		}
	}
	assert.Equal(t, "32", countryCLDRVersion)
}

func TestCountryByCode(t *testing.T) {
	cases := []struct {
		name, code string
		want       Country
		ok         bool
	}{
		{"current code", "ID", Country{Code: "ID", English: "Indonesia", Indonesian: "Indonesia"}, true},
		{"qualifier stripped", "MM", Country{Code: "MM", English: "Myanmar", Indonesian: "Myanmar"}, true},
		{"SAR qualifier stripped", "HK", Country{Code: "HK", English: "Hong Kong", Indonesian: "Hong Kong"}, true},
		{"ambiguous dash qualifier kept", "CD", Country{Code: "CD", English: "Congo - Kinshasa", Indonesian: "Kongo - Kinshasa"}, true},
		{"CLDR names are not updated", "SZ", Country{Code: "SZ", English: "Swaziland", Indonesian: "Swaziland"}, true},
		{"user-assigned Kosovo kept", "XK", Country{Code: "XK", English: "Kosovo", Indonesian: "Kosovo"}, true},
		{"retired UK", "UK", Country{}, false},
		{"retired ZR", "ZR", Country{}, false},
		{"retired BU", "BU", Country{}, false},
		{"retired DD", "DD", Country{}, false},
		{"retired SU without name", "SU", Country{}, false},
		{"not a country EU", "EU", Country{}, false},
		{"not a country UN", "UN", Country{}, false},
		{"not a country EZ", "EZ", Country{}, false},
		{"exceptional reservation AC", "AC", Country{}, false},
		{"private use QO", "QO", Country{}, false},
		{"unknown ZZ", "ZZ", Country{}, false},
		{"lower case", "gb", Country{}, false},
		{"empty", "", Country{}, false},
		{"three letters", "GBR", Country{}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := CountryByCode(c.code)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestAllCountries(t *testing.T) {
	all := AllCountries()
	require.Len(t, all, len(countryTable))
	assert.True(t, sort.SliceIsSorted(all, func(i, j int) bool { return all[i].Code < all[j].Code }))
	all[0].English = "changed"
	assert.NotEqual(t, "changed", countryTable[0].English, "AllCountries returns a copy")
}

func TestCountryDisplayName(t *testing.T) {
	cases := []struct{ name, code, lang, want string }{
		{"id/CLDR name", "US", "id", "Amerika Serikat"},
		{"id/news form over Inggris Raya", "GB", "id", "Inggris"},
		{"id/news form over Tiongkok", "CN", "id", "China"},
		{"id/south korea", "KR", "id", "Korea Selatan"},
		{"id/north korea", "KP", "id", "Korea Utara"},
		{"id/current name", "SZ", "id", "Eswatini"},
		{"id/current name mk", "MK", "id", "Makedonia Utara"},
		{"id/congo", "CD", "id", "Republik Demokratik Kongo"},
		{"id/ampersand and Kep. written out", "GS", "id", "Georgia Selatan dan Kepulauan Sandwich Selatan"},
		{"en/CLDR name", "US", "en", "United States"},
		{"en/uk", "GB", "en", "United Kingdom"},
		{"en/china", "CN", "en", "China"},
		{"en/russia", "RU", "en", "Russia"},
		{"en/iran", "IR", "en", "Iran"},
		{"en/south korea", "KR", "en", "South Korea"},
		{"en/north korea", "KP", "en", "North Korea"},
		{"en/qualifier stripped", "MM", "en", "Myanmar"},
		{"en/ampersand written out", "BA", "en", "Bosnia and Herzegovina"},
		{"en/congo", "CG", "en", "Republic of the Congo"},
		{"en/current name", "MK", "en", "North Macedonia"},
		{"other language gets English", "DE", "fr", "Germany"},
		{"retired code", "UK", "en", ""},
		{"unknown code", "QQ", "id", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, CountryDisplayName(c.code, c.lang))
		})
	}
}

func TestCountryPhrases(t *testing.T) {
	cases := []struct {
		name, lang, phrase string
		want               CountryRef
		ok                 bool
	}{
		{"id/CLDR name", "id", "korea selatan", CountryRef{"KR", CountryName}, true},
		{"id/abbreviation", "id", "korsel", CountryRef{"KR", CountryAbbreviation}, true},
		{"id/korut", "id", "korut", CountryRef{"KP", CountryAbbreviation}, true},
		{"id/capital", "id", "moskow", CountryRef{"RU", CountryCapital}, true},
		{"id/CLDR tiongkok", "id", "tiongkok", CountryRef{"CN", CountryName}, true},
		{"id/news china", "id", "china", CountryRef{"CN", CountryName}, true},
		{"id/amerika serikat", "id", "amerika serikat", CountryRef{"US", CountryName}, true},
		{"id/inggris", "id", "inggris", CountryRef{"GB", CountryName}, true},
		{"id/CLDR inggris raya", "id", "inggris raya", CountryRef{"GB", CountryName}, true},
		{"id/eswatini", "id", "eswatini", CountryRef{"SZ", CountryName}, true},
		{"id/old CLDR swaziland", "id", "swaziland", CountryRef{"SZ", CountryName}, true},
		{"id/makedonia utara", "id", "makedonia utara", CountryRef{"MK", CountryName}, true},
		{"id/nickname", "id", "negeri paman sam", CountryRef{"US", CountryNickname}, true},
		{"id/negeri jiran", "id", "negeri jiran", CountryRef{"MY", CountryNickname}, true},
		{"id/seat of power", "id", "gedung putih", CountryRef{"US", CountryCapital}, true},
		{"id/English CLDR name", "id", "south korea", CountryRef{"KR", CountryName}, true},
		{"id/apostrophe folded", "id", "côte d'ivoire", CountryRef{"CI", CountryName}, true},
		{"id/qualifier stripped", "id", "myanmar", CountryRef{"MM", CountryName}, true},
		{"id/congo display name", "id", "republik demokratik kongo", CountryRef{"CD", CountryName}, true},
		{"id/cuba is a word", "id", "cuba", CountryRef{}, false},
		{"id/kuba is Cuba", "id", "kuba", CountryRef{"CU", CountryName}, true},
		{"id/korea is ambiguous", "id", "korea", CountryRef{}, false},
		{"id/kongo is ambiguous", "id", "kongo", CountryRef{}, false},
		{"id/qualified CLDR form", "id", "kongo - kinshasa", CountryRef{}, false},
		{"id/case-sensitive AS not folded", "id", "as", CountryRef{}, false},
		{"en/demonym", "en", "russian", CountryRef{"RU", CountryDemonym}, true},
		{"en/plural demonym", "en", "americans", CountryRef{"US", CountryDemonym}, true},
		{"en/abbreviation", "en", "u.s.", CountryRef{"US", CountryAbbreviation}, true},
		{"en/usa", "en", "usa", CountryRef{"US", CountryAbbreviation}, true},
		{"en/CLDR name", "en", "south korea", CountryRef{"KR", CountryName}, true},
		{"en/metonym", "en", "kremlin", CountryRef{"RU", CountryCapital}, true},
		{"en/white house", "en", "white house", CountryRef{"US", CountryCapital}, true},
		{"en/short form", "en", "britain", CountryRef{"GB", CountryName}, true},
		{"en/burma", "en", "burma", CountryRef{"MM", CountryName}, true},
		{"en/display name", "en", "bosnia and herzegovina", CountryRef{"BA", CountryName}, true},
		{"en/CLDR ampersand form", "en", "bosnia & herzegovina", CountryRef{"BA", CountryName}, true},
		{"en/nickname", "en", "uncle sam", CountryRef{"US", CountryNickname}, true},
		{"en/pronoun us", "en", "us", CountryRef{}, false},
		{"en/korean is ambiguous", "en", "korean", CountryRef{}, false},
		{"en/english is a language", "en", "english", CountryRef{}, false},
		{"en/no Indonesian forms", "en", "korsel", CountryRef{}, false},
		{"en/no Indonesian CLDR names", "en", "jepang", CountryRef{}, false},
		{"other language gets English", "fr", "russian", CountryRef{"RU", CountryDemonym}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := CountryPhrases(c.lang)[c.phrase]
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestCountryCaseSensitive(t *testing.T) {
	cases := []struct {
		name, lang, phrase string
		want               CountryRef
		ok                 bool
	}{
		{"id/AS", "id", "AS", CountryRef{"US", CountryAbbreviation}, true},
		{"id/RI", "id", "RI", CountryRef{"ID", CountryAbbreviation}, true},
		{"id/lower case as", "id", "as", CountryRef{}, false},
		{"en/US", "en", "US", CountryRef{"US", CountryAbbreviation}, true},
		{"en/UK", "en", "UK", CountryRef{"GB", CountryAbbreviation}, true},
		{"en/UAE", "en", "UAE", CountryRef{"AE", CountryAbbreviation}, true},
		{"en/PRC", "en", "PRC", CountryRef{"CN", CountryAbbreviation}, true},
		{"en/DPRK", "en", "DPRK", CountryRef{"KP", CountryAbbreviation}, true},
		{"en/ROK", "en", "ROK", CountryRef{"KR", CountryAbbreviation}, true},
		{"en/title case is not upper case", "en", "Us", CountryRef{}, false},
		{"en/Indonesian AS absent", "en", "AS", CountryRef{}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := CountryCaseSensitive(c.lang)[c.phrase]
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestCountryPhrasesInvariants(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			p := CountryPhrases(lang)
			for k, ref := range p {
				assert.Equal(t, countryFold(k), k, "key is folded")
				_, ok := CountryByCode(ref.Code)
				assert.True(t, ok, "%q: code %s is in the table", k, ref.Code)
				_, err := ref.Kind.MarshalText()
				assert.NoError(t, err, "%q: valid kind", k)
			}
			for _, c := range countryTable {
				n := CountryDisplayName(c.Code, lang)
				assert.Equal(t, c.Code, p[countryFold(n)].Code, "display name %q finds its country", n)
			}
		})
	}
}

func TestCountryFold(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"lower case", "Korea Selatan", "korea selatan"},
		{"spaces collapsed and trimmed", "  Negeri\tPaman  Sam ", "negeri paman sam"},
		{"curly apostrophe", "Côte d’Ivoire", "côte d'ivoire"},
		{"already folded", "u.s.", "u.s."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, countryFold(c.in))
		})
	}
}

func TestCountryKind(t *testing.T) {
	cases := []struct {
		name string
		kind CountryKind
		text string
	}{
		{"name", CountryName, "name"},
		{"abbreviation", CountryAbbreviation, "abbreviation"},
		{"demonym", CountryDemonym, "demonym"},
		{"capital", CountryCapital, "capital"},
		{"nickname", CountryNickname, "nickname"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.text, c.kind.String())
			b, err := c.kind.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, c.text, string(b))
			var k CountryKind
			require.NoError(t, k.UnmarshalText(b))
			assert.Equal(t, c.kind, k)
		})
	}
	t.Run("invalid", func(t *testing.T) {
		for _, k := range []CountryKind{0, CountryNickname + 1, 255} {
			_, err := k.MarshalText()
			assert.Error(t, err, "kind %d", k)
			assert.Contains(t, k.String(), "CountryKind(")
		}
		var k CountryKind
		assert.Error(t, k.UnmarshalText([]byte("Name")))
		assert.Error(t, k.UnmarshalText(nil))
	})
	t.Run("json", func(t *testing.T) {
		b, err := json.Marshal(CountryRef{Code: "RU", Kind: CountryDemonym})
		require.NoError(t, err)
		assert.JSONEq(t, `{"code":"RU","kind":"demonym"}`, string(b))
		var r CountryRef
		require.NoError(t, json.Unmarshal(b, &r))
		assert.Equal(t, CountryRef{Code: "RU", Kind: CountryDemonym}, r)
	})
}

func TestCountryPhrasesConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	got := make([]CountryRef, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lang := []string{"id", "en"}[i%2]
			got[i] = CountryPhrases(lang)["rusia"]
			_ = CountryCaseSensitive(lang)["US"]
		}()
	}
	wg.Wait()
	for i, r := range got {
		if i%2 == 0 {
			assert.Equal(t, CountryRef{"RU", CountryName}, r)
		}
	}
}

func TestCountryTableRegenerates(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go run gen_countries.go")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	out := filepath.Join(t.TempDir(), "countries_table.go")
	cmd := exec.Command(goTool, "run", "gen_countries.go", "-output", out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Run(), "go run gen_countries.go: %s", stderr.String())
	want, err := os.ReadFile("countries_table.go")
	require.NoError(t, err)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "countries_table.go is up to date; run go generate")
}

func TestCountryDataAgreesWithCLDR(t *testing.T) {
	cldr := map[string]string{}
	for _, c := range countryTable {
		cldr[countryFold(c.English)] = c.Code
		cldr[countryFold(c.Indonesian)] = c.Code
	}
	for _, lang := range []string{"id", "en"} {
		entries, err := countryReadData(lang)
		require.NoError(t, err)
		for _, e := range entries {
			if code, ok := cldr[e.phrase]; ok {
				assert.Equal(t, code, e.ref.Code, "%s line %d: %q is a CLDR name of another country", lang, e.line, e.phrase)
			}
		}
	}
}
