headline: Japan's prime minister reshuffles cabinet ahead of upper house vote
caption: New ministers pose for photographs at the prime minister's office in Tokyo
credit: Photo: Kenji Mori / Wireline

Japanese Prime Minister Haruto Sakamoto replaced his finance and defence ministers on Friday, a month before an upper house election in which his Liberal Democratic Party risks losing its majority.

Former trade minister Emi Takahashi becomes finance minister, the first woman to hold the post. Takahashi said her priority would be "prices at the supermarket, not numbers on a screen".

Sakamoto also appointed Daichi Noguchi, a former Self-Defense Forces officer, as defence minister as Japan expands its missile defences on islands near Taiwan.

Opposition leader Mariko Endo of the Constitutional Democratic Party said the reshuffle was "a change of faces, not of policy". A poll by the Yomiuri Shimbun put the cabinet's approval rating at 29%.

The yen was little changed in Tokyo trading.

== expected
PLACE	Japan
PERSON	Haruto Sakamoto
ORGANISATION	Liberal Democratic Party
PERSON	Emi Takahashi
PERSON	Daichi Noguchi
ORGANISATION	Self-Defense Forces
PLACE	Taiwan
PERSON	Mariko Endo
ORGANISATION	Constitutional Democratic Party
ORGANISATION	Yomiuri Shimbun
PLACE	Tokyo

== subjects
medtop:11000000	politics
medtop:20000593	government
medtop:20000574	election
