package corpus

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteGraphML writes the entities of s as nodes and their co-occurrences
// as undirected weighted edges in GraphML, which Gephi, yEd, Cytoscape and
// networkx open. Node attributes: label, kind, code, mentions, articles,
// quotes, claims; edge attribute: weight (shared articles).
func WriteGraphML(w io.Writer, s *Summary) error {
	bw := bufio.NewWriter(w)
	esc := func(v string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(v))
		return b.String()
	}
	fmt.Fprintln(bw, `<?xml version="1.0" encoding="UTF-8"?>`)
	fmt.Fprintln(bw, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`)
	for _, k := range [][3]string{
		{"label", "node", "string"}, {"kind", "node", "string"}, {"code", "node", "string"},
		{"mentions", "node", "int"}, {"articles", "node", "int"}, {"quotes", "node", "int"},
		{"claims", "node", "int"}, {"weight", "edge", "int"},
	} {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k[0], k[1], k[0], k[2])
	}
	fmt.Fprintln(bw, `  <graph id="warta" edgedefault="undirected">`)
	for _, e := range s.Entities {
		fmt.Fprintf(bw, "    <node id=\"%s\">", esc(e.ID))
		for _, d := range [][2]string{
			{"label", e.Name}, {"kind", e.Kind}, {"code", e.Code},
			{"mentions", strconv.Itoa(e.Mentions)}, {"articles", strconv.Itoa(e.Articles)},
			{"quotes", strconv.Itoa(e.Quotes)}, {"claims", strconv.Itoa(e.Claims)},
		} {
			if d[1] != "" {
				fmt.Fprintf(bw, "<data key=%q>%s</data>", d[0], esc(d[1]))
			}
		}
		fmt.Fprintln(bw, "</node>")
	}
	for i, e := range s.Cooccurrences {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"weight\">%d</data></edge>\n",
			i, esc(e.Source), esc(e.Target), e.Articles)
	}
	fmt.Fprintln(bw, "  </graph>")
	fmt.Fprintln(bw, "</graphml>")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("corpus: write graphml: %w", err)
	}
	return nil
}

// WriteDOT writes the same graph as [WriteGraphML] in Graphviz DOT: people
// as ellipses, organizations as boxes, countries as hexagons, edge
// penwidth growing with the shared articles.
func WriteDOT(w io.Writer, s *Summary) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "graph warta {")
	shape := map[string]string{KindPerson: "ellipse", KindOrganization: "box", KindCountry: "hexagon"}
	for _, e := range s.Entities {
		fmt.Fprintf(bw, "  %s [label=%s, shape=%s, articles=%d];\n", dotQuote(e.ID), dotQuote(e.Name), shape[e.Kind], e.Articles)
	}
	for _, e := range s.Cooccurrences {
		fmt.Fprintf(bw, "  %s -- %s [weight=%d, penwidth=%d];\n", dotQuote(e.Source), dotQuote(e.Target), e.Articles, min(1+e.Articles/2, 8))
	}
	fmt.Fprintln(bw, "}")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("corpus: write dot: %w", err)
	}
	return nil
}

// dotQuote quotes s as a DOT string: only \ and " are escaped (DOT knows
// no \u escapes, so UTF-8 stays as it is) and line breaks become spaces.
func dotQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ", "\r", " ").Replace(s) + `"`
}
