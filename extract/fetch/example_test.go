package fetch_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/diplograph/diplograph/extract/fetch"
)

func ExampleClient_Fetch() {
	// A news site serving an RSS feed.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>World Wire</title>
<item><guid>wire-1</guid><title>Japan and Australia sign defence pact</title>
<pubDate>Tue, 14 Oct 2025 08:00:00 GMT</pubDate>
<description>Japan signed a defence agreement with Australia on Tuesday.</description></item>
</channel></rss>`)
	}))
	defer srv.Close()

	c := fetch.New(fetch.Options{})
	arts, err := c.Fetch(context.Background(), srv.URL+"/rss")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range arts {
		fmt.Printf("%s %s %s: %s\n", a.ID, a.Date, a.Source, a.Text)
	}
	// Output:
	// wire-1 2025-10-14 World Wire: Japan signed a defence agreement with Australia on Tuesday.
}
