headline: Euro zone inflation slows to 2.1%, strengthening case for ECB cut
byline: By Lotte Brenner, Frankfurt

Consumer prices in the euro zone rose 2.1% in the year to May, down from 2.3% in April, Eurostat said on Tuesday, as energy costs fell and services inflation eased for the first time this year.

The figure was close to the European Central Bank's 2% target and strengthened expectations that the ECB will cut rates at its meeting next week. ECB Vice-President Anton Kessler said last month that policymakers wanted to see wage growth slow before moving.

Inflation fell fastest in Spain, to 1.8%, while it held at 2.6% in Germany. In France, prices rose 1.9%.

Economists at ING said a cut was now "close to a done deal". Bond yields fell across the region, and the euro slipped against the dollar.

== expected
ORGANISATION	Eurostat
ORGANISATION	European Central Bank|ECB
PERSON	Anton Kessler
PLACE	Spain
PLACE	Germany
PLACE	France
ORGANISATION	ING

== subjects
medtop:04000000	economy, business and finance
medtop:20000344	economy
