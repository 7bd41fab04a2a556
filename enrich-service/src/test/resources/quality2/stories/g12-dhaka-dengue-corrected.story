headline: Dengue deaths in Bangladesh pass 600 as Dhaka hospitals fill up - corrected
caption: Patients rest under mosquito nets at a hospital in Chattogram
credit: Photo: Farhana Akter / Wireline
byline: Wireline South Asia desk

Dengue fever has killed 612 people in Bangladesh so far this year, the Directorate General of Health Services said on Sunday, the second-worst toll on record, with hospitals in Dhaka reporting more patients than beds.

More than 2,300 people were admitted in the 24 hours to Sunday morning, more than half of them in the capital. At Dhaka Medical College Hospital, patients lay on mattresses in corridors, and doctors said many arrived too late because they had mistaken the fever for a cold.

"The mosquito season has become longer and the rains are heavier, so the breeding sites do not dry out," said Dr. Mahbub Rahman Chowdhury, an entomologist at the Institute of Epidemiology, Disease Control and Research.

The Dhaka North City Corporation said it had sprayed insecticide in 30 wards and fined builders whose sites held standing water. Health Minister Nurul Haque Bhuiyan said the government would buy more test kits and open dengue wards at hospitals in Barishal and Khulna. (Corrects number of admissions in second paragraph.)

The WHO's office in Bangladesh said the virus was spreading to rural districts that had seen few cases before, and urged families to remove water from pots, tyres and rooftops.

== expected
PLACE	Bangladesh
ORGANISATION	Directorate General of Health Services|DGHS
PLACE	Dhaka
PLACE	Dhaka Medical College Hospital
PERSON	Mahbub Rahman Chowdhury
ORGANISATION	Institute of Epidemiology, Disease Control and Research|IEDCR
ORGANISATION	Dhaka North City Corporation
PERSON	Nurul Haque Bhuiyan
PLACE	Barishal
PLACE	Khulna
ORGANISATION	WHO|World Health Organization

== subjects
medtop:07000000	health
medtop:20000446	diseases and conditions
medtop:20000461	health facility
