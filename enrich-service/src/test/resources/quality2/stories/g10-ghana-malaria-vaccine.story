headline: Ghana trial finds new malaria vaccine cuts child deaths by a third
caption: A nurse prepares a vaccine at a clinic in Tamale
credit: Photo: Akosua Mensah / Wireline
byline: Wireline Africa desk
teaser: Uganda reports Ebola case | Kampala hospital isolates two patients

A malaria vaccine tested on 8,000 young children in Ghana cut deaths from the disease by 33% over two years, researchers said on Wednesday, in results that could speed its approval across Africa.

The trial was run by the Kwame Nkrumah University of Science and Technology in Kumasi with the Noguchi Memorial Institute for Medical Research and the London School of Hygiene and Tropical Medicine. Children in 24 districts of the Ashanti Region and the Bono East Region received four doses before their second birthday.

"The mosquitoes have not gone away, but fewer children are dying, and that is what parents see," said lead investigator Dr. Abena Owusu-Ansah. The findings were published in The Lancet.

The vaccine, made by the Serum Institute of India in Pune, costs less than $4 a dose. The WHO's malaria programme said its experts would review the data in March, a step needed before Gavi, the vaccine alliance, can pay for it in poorer countries.

Ghana's health ministry said it would add the vaccine to routine immunisation in the north of the country first, where malaria season lasts longest. The Ghana Health Service reported more than 5 million malaria cases last year.

== expected
PLACE	Ghana
PLACE	Africa
ORGANISATION	Kwame Nkrumah University of Science and Technology|KNUST
PLACE	Kumasi
ORGANISATION	Noguchi Memorial Institute for Medical Research
ORGANISATION	London School of Hygiene and Tropical Medicine
PLACE	Ashanti Region|Ashanti
PLACE	Bono East Region|Bono East
PERSON	Abena Owusu-Ansah
ORGANISATION	The Lancet|Lancet
ORGANISATION	Serum Institute of India
PLACE	Pune
ORGANISATION	WHO|World Health Organization
ORGANISATION	Gavi
ORGANISATION	Ghana Health Service

== subjects
medtop:07000000	health
medtop:20000446	diseases and conditions
medtop:20000464	health treatment
medtop:13000000	science and technology
medtop:20000710	biomedical science
medtop:20000735	scientific research
