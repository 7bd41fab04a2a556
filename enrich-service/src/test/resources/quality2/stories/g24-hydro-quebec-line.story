headline: Hydro-Québec line to New York City finished a year early
caption: Crews string cable near the Hertel substation south of Montreal
credit: Photo: Émilie Gagnon / Wireline
byline: Wireline North America desk
teaser: Ontario nuclear restart | Pickering reactors cleared to run until 2026

Hydro-Québec said on Wednesday it had finished building its share of a 1,250-megawatt transmission line that will carry hydroelectric power from Quebec to New York City, a year ahead of schedule and below budget.

The line runs underground and under water for most of its length, along the bed of Lake Champlain and the Hudson River, and is expected to supply about a fifth of the city's electricity when it starts commercial operation next spring.

"Every megawatt we send south replaces power from a gas plant in Queens," Hydro-Québec chief executive Claudine Bouchard-Lévesque told reporters in Quebec City. The utility signed a 25-year contract with the New York State Energy Research and Development Authority in 2021.

Mohawk communities at Kahnawake own a share of the Canadian section of the line and will receive part of its revenue. The Grand Council of the Crees said it had not been consulted on new dams planned in northern Quebec to feed future exports.

Governor Kathleen Morrow Hale of New York called the project "the biggest cut to the state's emissions in a generation". Environmental groups in New England, where a similar line through Maine was fought in court for years, said they hoped regulators there would learn from it.

== expected
ORGANISATION	Hydro-Québec|Hydro-Quebec
PLACE	Quebec|Québec
PLACE	New York City
PLACE	Lake Champlain
PLACE	Hudson River|Hudson
PLACE	Queens
PERSON	Claudine Bouchard-Lévesque|Claudine Bouchard-Levesque
PLACE	Quebec City
ORGANISATION	New York State Energy Research and Development Authority|NYSERDA
PLACE	Kahnawake
ORGANISATION	Grand Council of the Crees
PERSON	Kathleen Morrow Hale
PLACE	New York
PLACE	New England
PLACE	Maine

== subjects
medtop:04000000	economy, business and finance
medtop:20000209	economic sector
medtop:06000000	environment
