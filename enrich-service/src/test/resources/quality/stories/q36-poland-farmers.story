headline: Polish farmers block border crossings in protest over grain imports
caption: Tractors line a road near the Dorohusk crossing
credit: Photo: Marek Nowak / Wireline

Hundreds of Polish farmers blocked three crossings on the border with Ukraine on Friday, demanding that the European Union restore limits on imports of Ukrainian grain, sugar and poultry.

The protest, organised by the farmers' union Solidarność RI, left more than 1,500 trucks queuing near Dorohusk and Hrebenne. Union leader Wiesław Kowalczyk said farmers could not compete with "grain grown on land the size of a Polish county".

Agriculture Minister Agnieszka Lis said Warsaw would raise the issue in Brussels next week but warned protesters not to block humanitarian convoys.

Ukraine's infrastructure ministry said the blockade was costing exporters millions of euros a day. The European Commission said the trade rules with Kyiv would be reviewed in June.

== expected
PLACE	Poland
PLACE	Ukraine
ORGANISATION	European Union|EU
ORGANISATION	Solidarność RI|Solidarnosc RI
PLACE	Dorohusk
PLACE	Hrebenne
PERSON	Wiesław Kowalczyk|Wieslaw Kowalczyk
PERSON	Agnieszka Lis
PLACE	Warsaw
PLACE	Brussels
ORGANISATION	European Commission
PLACE	Kyiv

== subjects
medtop:16000000	conflict, war and peace
medtop:20000065	civil unrest
medtop:04000000	economy, business and finance
medtop:20000209	economic sector
