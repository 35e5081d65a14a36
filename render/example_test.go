package render_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/render"
)

func ExampleHTML() {
	res, err := warta.Analyze("Menteri Luar Negeri Retno Marsudi mengatakan bahwa Indonesia akan terus mendukung Palestina.\nIa menyampaikan hal itu kepada wartawan di Jakarta, Selasa.")
	if err != nil {
		log.Fatal(err)
	}
	page, err := render.HTML(res)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.HasPrefix(page, []byte("<!DOCTYPE html>")))
	fmt.Println(bytes.Contains(page, []byte(`<html lang="id">`)))
	fmt.Println(bytes.Contains(page, []byte("<script")))
	// Output:
	// true
	// true
	// false
}

func ExampleWrite() {
	res, err := warta.Analyze(`"We are ready," said Antony Blinken.`)
	if err != nil {
		log.Fatal(err)
	}
	var b strings.Builder
	if err := render.Write(&b, res); err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Contains(b.String(), "Who said what"))
	// Output: true
}

// A page can also go straight to a file.
func ExampleWrite_file() {
	res, err := warta.Analyze("Presiden Prabowo Subianto berkunjung ke Tiongkok.")
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.CreateTemp("", "warta-*.html")
	if err != nil {
		log.Fatal(err)
	}
	defer os.Remove(f.Name())
	if err := render.Write(f, res); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Println("written")
	// Output: written
}
