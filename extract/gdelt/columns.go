package gdelt

// NumColumns is the number of tab-separated columns of a GDELT 2.0 event row.
const NumColumns = 61

// Column indexes of an event row.
const (
	colID         = 0
	colDay        = 1
	colMonthYear  = 2
	colYear       = 3
	colFraction   = 4
	colActor1     = 5 // the ten Actor1 columns start here
	colActor2     = 15
	colIsRoot     = 25
	colEventCode  = 26
	colBaseCode   = 27
	colRootCode   = 28
	colQuadClass  = 29
	colGoldstein  = 30
	colMentions   = 31
	colSources    = 32
	colArticles   = 33
	colAvgTone    = 34
	colActor1Geo  = 35 // the eight Actor1Geo columns start here
	colActor2Geo  = 43
	colActionGeo  = 51
	colDateAdded  = 59
	colSourceURL  = 60
	actorColumns  = 10
	geoColumns    = 8
	offCode       = 0 // offsets within an actor's ten columns
	offName       = 1
	offCountry    = 2
	offKnownGroup = 3
	offType1      = 7
	offType2      = 8
	offType3      = 9
)

var actorFields = []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
	"Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}

var geoFields = []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"}

// Columns returns the names of the 61 columns of a GDELT 2.0 event row, in
// order, as the GDELT Event Codebook V2.0 names them.
func Columns() []string {
	cols := []string{"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, f := range actorFields {
			cols = append(cols, a+f)
		}
	}
	cols = append(cols, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
		"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo", "Actor2Geo", "ActionGeo"} {
		for _, f := range geoFields {
			cols = append(cols, g+"_"+f)
		}
	}
	return append(cols, "DATEADDED", "SOURCEURL")
}
