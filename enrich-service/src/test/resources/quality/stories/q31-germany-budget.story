headline: German coalition splits over debt brake as budget deadline nears
caption: Finance Minister Jonas Albrecht arrives at the Chancellery in Berlin
credit: Photo: Felix Wagner / Wireline

Germany's governing coalition failed on Wednesday to agree a budget for next year, after the Social Democrats refused spending cuts demanded by Finance Minister Jonas Albrecht of the Free Democratic Party.

Albrecht insisted that the constitutional debt brake left no room for new borrowing. "The law is not a suggestion," he told the Bundestag. SPD parliamentary leader Katrin Vogel said cutting pensions and rail investment would be "a gift to the far right".

Chancellor Friedrich Hartmann will meet party leaders on Sunday. A government spokesman in Berlin said the cabinet still aimed to approve a draft in July.

The Ifo Institute in Munich said the dispute was adding to uncertainty for companies already struggling with high energy prices. The Bundesbank cut its growth forecast for Germany to 0.3%.

== expected
PLACE	Germany
ORGANISATION	Social Democrats|SPD|Social Democratic Party
PERSON	Jonas Albrecht
ORGANISATION	Free Democratic Party|FDP
ORGANISATION	Bundestag
PERSON	Katrin Vogel
PERSON	Friedrich Hartmann
PLACE	Berlin
ORGANISATION	Ifo Institute
PLACE	Munich
ORGANISATION	Bundesbank

== subjects
medtop:11000000	politics
medtop:20000593	government
medtop:04000000	economy, business and finance
medtop:20000344	economy
