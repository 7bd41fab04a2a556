headline: Samsung union strikes at Pyeongtaek chip plant over bonuses
caption: Union members rally outside Samsung's Seocho office tower in Seoul
credit: Photo: Kim Min-seo / Wireline
byline: Wireline East Asia desk
teaser: Hyundai Motor settles wage talks | Ulsan workers accept 5% rise

About 6,000 members of the National Samsung Electronics Union walked off the job at the company's Pyeongtaek semiconductor campus on Monday, the largest strike in the history of South Korea's biggest company, demanding that bonuses be linked to operating profit.

The union, which says it represents about a quarter of Samsung Electronics' domestic workforce, said the three-day strike would not stop production but would delay the installation of equipment for the new memory lines the company announced in the autumn.

"Management tells the world it will spend 55 trillion won here, but it will not tell us how our bonus is calculated," union vice-president Oh Jae-won said at a rally outside the plant gates.

Samsung said the strike had no impact on output and that it had offered a 5.1% pay rise. Its shares fell 1.4% on the Korea Exchange, while shares in rival SK Hynix rose.

The Ministry of Employment and Labor urged both sides to resume talks at the National Labor Relations Commission. Labor Minister Han Seung-yeol said a long strike at a plant so important to exports "would hurt everyone who depends on it". The Federation of Korean Industries called for a quick settlement.

== expected
ORGANISATION	Samsung Electronics|Samsung
ORGANISATION	National Samsung Electronics Union|NSEU
PLACE	Pyeongtaek
PLACE	South Korea
PERSON	Oh Jae-won
ORGANISATION	Korea Exchange
ORGANISATION	SK Hynix
ORGANISATION	Ministry of Employment and Labor
ORGANISATION	National Labor Relations Commission
PERSON	Han Seung-yeol
ORGANISATION	Federation of Korean Industries|FKI

== subjects
medtop:09000000	labour
medtop:20000524	labour relations
medtop:20000536	unions
medtop:04000000	economy, business and finance
medtop:20000170	business information
