// Package gdelt reads and writes GDELT 2.0 event files, so that events
// coded by GDELT and triples extracted by diplograph live in one graph.
//
// A GDELT 2.0 event export (YYYYMMDDHHMMSS.export.CSV, usually zipped) is
// tab-separated text with no header, one event a row, 61 columns: the
// event id and dates (GlobalEventID, Day, MonthYear, Year, FractionDate),
// ten columns for each actor (Code, Name, CountryCode, KnownGroupCode,
// EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code,
// Type3Code), the event (IsRootEvent, EventCode, EventBaseCode,
// EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources,
// NumArticles, AvgTone), eight columns of geography for Actor1, Actor2 and
// the action each (Geo_Type, Geo_FullName, Geo_CountryCode, Geo_ADM1Code,
// Geo_ADM2Code, Geo_Lat, Geo_Long, Geo_FeatureID), then DATEADDED
// (YYYYMMDDHHMMSS) and SOURCEURL. Columns lists them in order.
//
// The layout follows the GDELT Event Codebook V2.0
// (http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf),
// checked against the column list of the gdelttools field file
// (github.com/jdrumgoole/gdelttools, gdelt_field_file.ff) and the header of
// a published GDELT 2.0 sample export; 2.0 added the ADM2 code to each
// geography block, which makes 61 columns where GDELT 1.0 had 58 (the
// codebook spells Geo_FullName, some tools Geo_Fullname; older tools call
// Day SQLDATE).
//
// Read turns each event into an extract.Triple; Write writes triples as
// event rows that GDELT tools read.
package gdelt
