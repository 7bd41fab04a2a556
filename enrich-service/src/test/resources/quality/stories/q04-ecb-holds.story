headline: ECB holds rates as policymakers wait for wage data
byline: By Lotte Brenner, Frankfurt

The European Central Bank kept its deposit rate at 2.5% on Thursday, saying it needed to see whether slowing wage growth in Germany and Spain would last before cutting borrowing costs again.

Vice-President Anton Kessler said at a news conference in Frankfurt that the decision was unanimous. "We are not in a hurry, and we are not on a pre-set path," Kessler said.

Inflation in the euro area fell to 2.3% in the last reading, but services prices rose faster than expected, especially in Italy and the Netherlands.

Economists at Deutsche Bank and BNP Paribas had expected the hold. Most now forecast a cut in June, after the Bundesbank publishes its spring wage survey.

The euro rose 0.3% against the dollar after the announcement, and yields on Italian government bonds fell.

== expected
ORGANISATION	European Central Bank|ECB
PLACE	Germany
PLACE	Spain
PLACE	Frankfurt
PLACE	Italy
PLACE	Netherlands
PERSON	Anton Kessler
ORGANISATION	Deutsche Bank
ORGANISATION	BNP Paribas
ORGANISATION	Bundesbank

== subjects
medtop:04000000	economy, business and finance
medtop:20000344	economy
