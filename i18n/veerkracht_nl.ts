<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AreaData</name>
    <message>
        <source>%1: INPUT has no field &apos;%2&apos;; expected a numeric field of INPUT (its fields: %3).</source>
        <translation>%1: INPUT heeft geen veld &apos;%2&apos;; verwacht werd een numeriek veld van INPUT (de velden: %3).</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is not numeric: area %3 holds &apos;%4&apos;; expected numbers (run &apos;Prepare input data&apos; to convert text numbers).</source>
        <translation>%1: veld &apos;%2&apos; is niet numeriek: gebied %3 bevat &apos;%4&apos;; verwacht werden getallen (gebruik &apos;Gegevens voorbereiden&apos; om tekstgetallen om te zetten).</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; has no value in any area (all NULL or missing-value markers); expected a field with data.</source>
        <translation>%1: veld &apos;%2&apos; heeft in geen enkel gebied een waarde (alles NULL of markeringen voor ontbrekende waarden); verwacht werd een veld met gegevens.</translation>
    </message>
    <message>
        <source>%1: INPUT has no field &apos;%2&apos; (its fields: %3).</source>
        <translation>%1: INPUT heeft geen veld &apos;%2&apos; (de velden: %3).</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;, area %3 holds %4; expected a finite number of at most 10^15 in magnitude (an export or unit fault: correct or empty it).</source>
        <translation>%1: veld &apos;%2&apos;, gebied %3 bevat %4; verwacht werd een eindig getal van ten hoogste 10^15 in grootte (een export- of eenheidsfout: verbeter of leeg het).</translation>
    </message>
</context>
<context>
    <name>BuurtGetallen</name>
    <message>
        <source>INPUT: field &apos;%1&apos; of area %2 holds %3; expected a number of at most 10^15 in magnitude (an export or unit fault: correct or empty it).</source>
        <translation>INPUT: veld &apos;%1&apos; van gebied %2 bevat %3; verwacht werd een getal van ten hoogste 10^15 in grootte (een export- of eenheidsfout: verbeter of leeg het).</translation>
    </message>
</context>
<context>
    <name>BuurtprofielAlgorithm</name>
    <message>
        <source>Buurt profiles for the table</source>
        <translation>Buurtprofielen voor tafel</translation>
    </message>
    <message>
        <source>buurtprofiel,profiel,buurt,pdf,html,afdrukken,gesprek,prestatieafspraken,wijkaanpak</source>
        <translation>buurtprofiel,profiel,buurt,pdf,html,afdrukken,gesprek,prestatieafspraken,wijkaanpak</translation>
    </message>
    <message>
        <source>Veerkrachtkaarten</source>
        <translation>Veerkrachtkaarten</translation>
    </message>
    <message>
        <source>One A4 profile per buurt — maps, numbers beside the gemeente, the strategy suggestion and room for what partners see — as PDF and HTML.</source>
        <translation>Per buurt één A4-profiel — kaarten, cijfers naast die van de gemeente, de suggestie voor een aanpak en ruimte voor wat partners zien — als PDF en HTML.</translation>
    </message>
    <message>
        <source>Veerkrachtkaarten layer</source>
        <translation>Laag met veerkrachtkaarten</translation>
    </message>
    <message>
        <source>Areas: buurt, wijk or gemeente codes, comma-separated (empty: all)</source>
        <translation>Gebieden: buurt-, wijk- of gemeentecodes, kommagescheiden (leeg: alle)</translation>
    </message>
    <message>
        <source>Period (e.g. 2021–2023)</source>
        <translation>Periode (bijv. 2021–2023)</translation>
    </message>
    <message>
        <source>Buurt code field (empty: detect)</source>
        <translation>Veld met buurtcodes (leeg: herkennen)</translation>
    </message>
    <message>
        <source>Buurt name field (empty: &apos;naam&apos;)</source>
        <translation>Veld met buurtnamen (leeg: &apos;naam&apos;)</translation>
    </message>
    <message>
        <source>Strategy rule table, when INPUT has no strat_ fields (empty: the default table)</source>
        <translation>Regeltabel voor de aanpak, als INPUT geen velden strat_ heeft (leeg: de standaardtabel)</translation>
    </message>
    <message>
        <source>Rule tables (*.csv *.json)</source>
        <translation>Regeltabellen (*.csv *.json)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message>
        <source>Profiles (PDF)</source>
        <translation>Profielen (PDF)</translation>
    </message>
    <message>
        <source>Profiles written</source>
        <translation>Geschreven profielen</translation>
    </message>
    <message>
        <source>INPUT has no field %1 (%2); expected the output of &apos;Resilience maps&apos;.</source>
        <translation>INPUT heeft geen veld %1 (%2); verwacht werd de uitvoer van &apos;Veerkrachtkaarten&apos;.</translation>
    </message>
    <message>
        <source>CODE_FIELD: INPUT has no buurt code field; expected a field such as statcode or buurtcode.</source>
        <translation>CODE_FIELD: INPUT heeft geen veld met buurtcodes; verwacht werd een veld zoals statcode of buurtcode.</translation>
    </message>
    <message>
        <source>AREAS: INPUT has no area %1; it is left out.</source>
        <translation>AREAS: INPUT heeft geen gebied %1; het wordt overgeslagen.</translation>
    </message>
    <message>
        <source>INPUT has no areas; expected a layer with at least one area.</source>
        <translation>INPUT heeft geen gebieden; verwacht werd een laag met ten minste één gebied.</translation>
    </message>
    <message>
        <source>AREAS: no area of INPUT has the code %1; expected buurt (BU…), wijk (WK…) or gemeente (GM…) codes of INPUT.</source>
        <translation>AREAS: geen gebied van INPUT heeft de code %1; verwacht werden buurt- (BU…), wijk- (WK…) of gemeentecodes (GM…) van INPUT.</translation>
    </message>
    <message>
        <source>OUTPUT_FOLDER: cannot create &apos;%1&apos;.</source>
        <translation>OUTPUT_FOLDER: kan &apos;%1&apos; niet aanmaken.</translation>
    </message>
    <message>
        <source>Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie; bewerking Veerkracht %1 · %2</source>
        <translation>Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie; bewerking Veerkracht %1 · %2</translation>
    </message>
    <message>
        <source>OUTPUT_FOLDER: cannot write &apos;%1&apos;.</source>
        <translation>OUTPUT_FOLDER: kan &apos;%1&apos; niet schrijven.</translation>
    </message>
    <message>
        <source>OUTPUT_FOLDER: cannot write &apos;%1&apos;: %2</source>
        <translation>OUTPUT_FOLDER: kan &apos;%1&apos; niet schrijven: %2</translation>
    </message>
    <message>
        <source>Inhabitants field</source>
        <translation>Veld met inwoners</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in %1, and one HTML file per area beside it.</source>
        <translation>
            <numerusform>%n profiel in %1, met een HTML-bestand ernaast.</numerusform>
            <numerusform>%n profielen in %1, met per gebied een HTML-bestand ernaast.</numerusform>
        </translation>
    </message>
    <message>
        <source>FILM has no fields k_&lt;year&gt; and o_&lt;year&gt;; expected the output (OUTPUT) of &apos;Time series (the film)&apos;.</source>
        <translation>FILM heeft geen velden k_&lt;jaar&gt; en o_&lt;jaar&gt;; verwacht de uitvoer (OUTPUT) van &apos;Tijdreeks (de film)&apos;.</translation>
    </message>
    <message>
        <source>FILM has no buurt code field; expected a field such as statcode or buurtcode.</source>
        <translation>FILM heeft geen buurtcodeveld; verwacht een veld zoals statcode of buurtcode.</translation>
    </message>
    <message>
        <source>Writes, for each chosen area of a veerkrachtkaarten layer (the output of &apos;Resilience maps&apos;, optionally with &apos;Strategy suggestions&apos;), the sheet people put on the table: a locator map in its gemeente; the signal map, the focus map and the resilience score around the area; its numbers (K and O now, their development, corporation share, score, and inhabitants when INHABITANTS_FIELD is given) beside the median of its gemeente and of all areas in the layer, with the period and the sources; the strategy suggestion with its explanation (from the strat_ fields, or computed with RULES or the default table); and an empty box &apos;Wat zien wij in de praktijk?&apos; — the data are the start of a dialogue, not a conclusion.

AREAS chooses the areas: buurt codes, or wijk (WK…) or gemeente (GM…) codes for all their buurten, comma-separated; empty: every area of INPUT (tick &apos;Selected features only&apos; for a selection). OUTPUT_FOLDER gets buurtprofielen.pdf (one A4 page per area) and an HTML file per area (BU…_buurtprofiel.html, maps embedded) for sharing without a PDF viewer.

FILM (optional, the OUTPUT of &apos;Time series (the film)&apos;) adds a small line chart of K and O over the film&apos;s moments, the area&apos;s levels beside its gemeente&apos;s median, and the numbers behind it in the HTML.</source>
        <translation>Schrijft voor elk gekozen gebied van een laag met veerkrachtkaarten (de uitvoer van &apos;Veerkrachtkaarten&apos;, eventueel met &apos;Suggesties voor een aanpak&apos;) het blad dat op tafel komt: een kaartje met de ligging in de gemeente; de signaleringskaart, de focuskaart en de veerkrachtscore rond het gebied; de cijfers (K en O nu, hun ontwikkeling, corporatiebezit, score, en inwoners als INHABITANTS_FIELD gegeven is) naast de mediaan van de gemeente en van alle gebieden in de laag, met de periode en de bronnen; de suggestie voor een aanpak met toelichting (uit de velden strat_, of berekend met RULES of de standaardtabel); en een leeg vak &apos;Wat zien wij in de praktijk?&apos; — de gegevens zijn het begin van een gesprek, geen conclusie.

AREAS kiest de gebieden: buurtcodes, of wijk- (WK…) of gemeentecodes (GM…) voor al hun buurten, kommagescheiden; leeg: elk gebied van INPUT (vink &apos;Alleen geselecteerde objecten&apos; aan voor een selectie). OUTPUT_FOLDER krijgt buurtprofielen.pdf (één A4-pagina per gebied) en per gebied een HTML-bestand (BU…_buurtprofiel.html, met de kaarten erin) om te delen zonder PDF-lezer.

FILM (optioneel, de OUTPUT van &apos;Tijdreeks (de film)&apos;) voegt een kleine lijngrafiek toe van K en O over de momenten van de film, de waarden van het gebied naast de mediaan van zijn gemeente, en de getallen erachter in de HTML.</translation>
    </message>
    <message>
        <source>The film per area (OUTPUT of &apos;Time series&apos;), for a line chart of K and O</source>
        <translation>De film per gebied (OUTPUT van &apos;Tijdreeks&apos;), voor een lijngrafiek van K en O</translation>
    </message>
    <message>
        <source>FILM: K and O over %1 and %2 moments on %3 of %4 profiles (an area without a row in FILM has no chart).</source>
        <translation>FILM: K en O over %1 en %2 momenten op %3 van %4 profielen (een gebied zonder rij in FILM krijgt geen grafiek).</translation>
    </message>
</context>
<context>
    <name>ClustersAlgorithm</name>
    <message>
        <source>Clusters (map 11)</source>
        <translation>Clusters (kaart 11)</translation>
    </message>
    <message>
        <source>clusters,lisa,moran,local moran,hotspot,hoog-hoog,laag-laag,autocorrelatie,buren,contiguity,kaart 11</source>
        <translation>clusters,lisa,moran,local moran,hotspot,hoog-hoog,laag-laag,autocorrelatie,buren,contiguïteit,kaart 11</translation>
    </message>
    <message>
        <source>Is this one buurt or a whole area under pressure? Local Moran&apos;s I of a score with its neighbours (map 11).</source>
        <translation>Staat één buurt onder druk of een heel gebied? Local Moran&apos;s I van een score met zijn buren (kaart 11).</translation>
    </message>
    <message>
        <source>Local Moran&apos;s I (LISA) of FIELD (default the veerkrachtscore &apos;score&apos;): whether an area and its neighbours are alike — a cluster of high or low values — or unlike. Written per area:
cluster_ii (I_i = z_i / m2 · Σ_j w_ij z_j, z = x − mean, m2 = Σz²/n), cluster_e and cluster_var (its expectation and variance under the randomisation assumption, Anselin 1995), cluster_z, cluster_p (pseudo p from PERMUTATIONS conditional permutations: the area keeps its value, its neighbours are drawn at random from the others; folded: (1 + the number at least as extreme) / (1 + PERMUTATIONS)), cluster_buren (the number of neighbours), and cluster_klasse with cluster_label:
1 hoog-hoog · 2 laag-laag · 3 hoog-laag · 4 laag-hoog (p &lt; ALPHA; with FDR the Benjamini–Hochberg threshold) · 5 niet significant · 6 geen buren (kept and listed in the log, never dropped) · 0 onvoldoende gegevens (no value, or small area).

&lt;b&gt;Neighbours&lt;/b&gt; (WEIGHTS): queen — areas that share a boundary point; rook — a stretch of boundary (two or more points); or the K nearest centroids. Points count as shared within SNAP (layer units; raise it a little for borders that do not quite meet). GROUP_FIELD keeps neighbours within the same group (e.g. gemeente). Weights are row standardised. GAL_OUTPUT writes the neighbour lists as a GAL file for GeoDa or R.

The global Moran&apos;s I with its analytical z (randomisation) and permutation p are outputs of the algorithm and in the log. SEED fixes the permutations, so a run repeats exactly, whatever the number of threads. The same statistics as R spdep&apos;s poly2nb, localmoran(conditional = FALSE) and moran.test. Method: docs/method.md (specification.md §4, map 11).</source>
        <translation>Local Moran&apos;s I (LISA) van FIELD (standaard de veerkrachtscore &apos;score&apos;): of een gebied en zijn buren op elkaar lijken — een cluster van hoge of lage waarden — of juist niet. Per gebied geschreven:
cluster_ii (I_i = z_i / m2 · Σ_j w_ij z_j, z = x − gemiddelde, m2 = Σz²/n), cluster_e en cluster_var (verwachting en variantie onder de randomisatie-aanname, Anselin 1995), cluster_z, cluster_p (pseudo-p uit PERMUTATIONS voorwaardelijke permutaties: het gebied houdt zijn waarde, zijn buren worden willekeurig uit de andere gebieden getrokken; gevouwen: (1 + het aantal minstens zo extreme) / (1 + PERMUTATIONS)), cluster_buren (het aantal buren), en cluster_klasse met cluster_label:
1 hoog-hoog · 2 laag-laag · 3 hoog-laag · 4 laag-hoog (p &lt; ALPHA; met FDR de drempel van Benjamini–Hochberg) · 5 niet significant · 6 geen buren (behouden en in het logboek genoemd, nooit weggelaten) · 0 onvoldoende gegevens (geen waarde, of klein gebied).

&lt;b&gt;Buren&lt;/b&gt; (WEIGHTS): queen — gebieden met een gemeenschappelijk grenspunt; rook — een gemeenschappelijk stuk grens (twee of meer punten); of de K dichtstbijzijnde zwaartepunten. Punten gelden als gedeeld binnen SNAP (eenheden van de laag; verhoog het iets voor grenzen die niet helemaal aansluiten). GROUP_FIELD houdt buren binnen dezelfde groep (bijv. gemeente). De gewichten zijn rijgestandaardiseerd. GAL_OUTPUT schrijft de burenlijsten als GAL-bestand voor GeoDa of R.

De globale Moran&apos;s I met zijn analytische z (randomisatie) en permutatie-p zijn uitvoer van het algoritme en staan in het logboek. SEED legt de permutaties vast, zodat een run precies herhaalt, ongeacht het aantal threads. Dezelfde statistieken als poly2nb, localmoran(conditional = FALSE) en moran.test van R spdep. Methode: docs/method.md (specification.md §4, kaart 11).</translation>
    </message>
    <message>
        <source>Field to analyse</source>
        <translation>Te analyseren veld</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Buren</translation>
    </message>
    <message>
        <source>Queen: a shared boundary point</source>
        <translation>Queen: een gemeenschappelijk grenspunt</translation>
    </message>
    <message>
        <source>Rook: a shared stretch of boundary</source>
        <translation>Rook: een gemeenschappelijk stuk grens</translation>
    </message>
    <message>
        <source>K nearest centroids</source>
        <translation>K dichtstbijzijnde zwaartepunten</translation>
    </message>
    <message>
        <source>Number of nearest neighbours (with K nearest)</source>
        <translation>Aantal dichtstbijzijnde buren (bij K dichtstbijzijnde)</translation>
    </message>
    <message>
        <source>Snapping tolerance for shared boundary points (layer units)</source>
        <translation>Snaptolerantie voor gedeelde grenspunten (eenheden van de laag)</translation>
    </message>
    <message>
        <source>Neighbours only within the same group (e.g. gemeente; empty: all)</source>
        <translation>Buren alleen binnen dezelfde groep (bijv. gemeente; leeg: alle)</translation>
    </message>
    <message>
        <source>Permutations</source>
        <translation>Permutations</translation>
    </message>
    <message>
        <source>Seed of the permutations</source>
        <translation>Seed van de permutaties</translation>
    </message>
    <message>
        <source>Significance level</source>
        <translation>Significantieniveau</translation>
    </message>
    <message>
        <source>False discovery rate correction (Benjamini–Hochberg)</source>
        <translation>Correctie voor de false discovery rate (Benjamini–Hochberg)</translation>
    </message>
    <message>
        <source>Area code field, for the log and the GAL file (empty: detect)</source>
        <translation>Veld met gebiedscodes, voor het logboek en het GAL-bestand (leeg: herkennen)</translation>
    </message>
    <message>
        <source>Threads for the permutations (0: every core)</source>
        <translation>Threads voor de permutaties (0: elke kern)</translation>
    </message>
    <message>
        <source>Areas with their cluster</source>
        <translation>Gebieden met hun cluster</translation>
    </message>
    <message>
        <source>Neighbour lists (GAL)</source>
        <translation>Burenlijsten (GAL)</translation>
    </message>
    <message>
        <source>GAL files (*.gal)</source>
        <translation>GAL-bestanden (*.gal)</translation>
    </message>
    <message>
        <source>Global Moran&apos;s I</source>
        <translation>Globale Moran&apos;s I</translation>
    </message>
    <message>
        <source>Global Moran&apos;s I: expectation</source>
        <translation>Globale Moran&apos;s I: verwachting</translation>
    </message>
    <message>
        <source>Global Moran&apos;s I: variance (randomisation)</source>
        <translation>Globale Moran&apos;s I: variantie (randomisatie)</translation>
    </message>
    <message>
        <source>Global Moran&apos;s I: z</source>
        <translation>Globale Moran&apos;s I: z</translation>
    </message>
    <message>
        <source>Global Moran&apos;s I: permutation p</source>
        <translation>Globale Moran&apos;s I: permutatie-p</translation>
    </message>
    <message>
        <source>Areas analysed</source>
        <translation>Geanalyseerde gebieden</translation>
    </message>
    <message>
        <source>Areas without neighbours</source>
        <translation>Gebieden zonder buren</translation>
    </message>
    <message>
        <source>Areas &apos;%1&apos;</source>
        <translation>Gebieden &apos;%1&apos;</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>object %1</translation>
    </message>
    <message>
        <source>Finding neighbours…</source>
        <translation>Buren zoeken…</translation>
    </message>
    <message>
        <source>K nearest: the layer is in %1; centroid distances are measured in RD New (EPSG:28992).</source>
        <translation>K dichtstbijzijnde: de laag staat in %1; afstanden tussen zwaartepunten worden gemeten in RD New (EPSG:28992).</translation>
    </message>
    <message>
        <source>WEIGHTS: no area has a neighbour; expected polygons that touch (raise SNAP if their borders do not quite meet) or K nearest neighbours.</source>
        <translation>WEIGHTS: geen enkel gebied heeft een buur; verwacht werden polygonen die elkaar raken (verhoog SNAP als de grenzen niet helemaal aansluiten) of K dichtstbijzijnde buren.</translation>
    </message>
    <message>
        <source>GAL_OUTPUT: cannot write &apos;%1&apos;: %2</source>
        <translation>GAL_OUTPUT: kan &apos;%1&apos; niet schrijven: %2</translation>
    </message>
    <message>
        <source>Moran&apos;s I with %1 permutations…</source>
        <translation>Moran&apos;s I met %1 permutaties…</translation>
    </message>
    <message>
        <source>FIELD &apos;%1&apos;</source>
        <translation>FIELD &apos;%1&apos;</translation>
    </message>
    <message>
        <source>WEIGHTS</source>
        <translation>WEIGHTS</translation>
    </message>
    <message>
        <source>Neighbours of %1 areas in %2 s; Moran&apos;s I with %3 permutations in %4 s.</source>
        <translation>Buren van %1 gebieden in %2 s; Moran&apos;s I met %3 permutaties in %4 s.</translation>
    </message>
    <message>
        <source>False discovery rate: areas with p ≤ %1 are significant (Benjamini–Hochberg at %2).</source>
        <translation>False discovery rate: gebieden met p ≤ %1 zijn significant (Benjamini–Hochberg bij %2).</translation>
    </message>
    <message>
        <source>Global Moran&apos;s I of %1: I = %2 (E = %3, Var = %4), z = %5, permutation p = %6 (%7 permutations, seed %8); n = %9.</source>
        <translation>Globale Moran&apos;s I van %1: I = %2 (E = %3, Var = %4), z = %5, permutatie-p = %6 (%7 permutaties, seed %8); n = %9.</translation>
    </message>
    <message>
        <source>Map 11: %1</source>
        <translation>Kaart 11: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) have no geometry and get &apos;onvoldoende gegevens&apos;: %1</source>
        <translation>
            <numerusform>%n gebied heeft geen geometrie en krijgt &apos;onvoldoende gegevens&apos;: %1</numerusform>
            <numerusform>%n gebieden hebben geen geometrie en krijgen &apos;onvoldoende gegevens&apos;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FIELD: &apos;%1&apos; has a value in %n area(s) with enough data; expected at least 4 areas for Moran&apos;s I.</source>
        <translation>
            <numerusform>FIELD: &apos;%1&apos; heeft een waarde in %n gebied met voldoende gegevens; verwacht werden ten minste 4 gebieden voor Moran&apos;s I.</numerusform>
            <numerusform>FIELD: &apos;%1&apos; heeft een waarde in %n gebieden met voldoende gegevens; verwacht werden ten minste 4 gebieden voor Moran&apos;s I.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) have no neighbours; they are kept as &apos;geen buren&apos;: %1</source>
        <translation>
            <numerusform>%n gebied heeft geen buren; het blijft behouden als &apos;geen buren&apos;: %1</numerusform>
            <numerusform>%n gebieden hebben geen buren; ze blijven behouden als &apos;geen buren&apos;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorporatiebezitAlgorithm</name>
    <message>
        <source>Corporation housing (map 1)</source>
        <translation>Corporatiebezit (kaart 1)</translation>
    </message>
    <message>
        <source>corporatiebezit,woningcorporatie,corporatiebuurt,sociale huur,VHE,p_wcorpw,kaart 1</source>
        <translation>corporatiebezit,woningcorporatie,corporatiebuurt,sociale huur,VHE,p_wcorpw,kaart 1</translation>
    </message>
    <message>
        <source>The share of dwellings owned by housing corporations per area, in five classes (map 1).</source>
        <translation>Het aandeel woningen van woningcorporaties per gebied, in vijf klassen (kaart 1).</translation>
    </message>
    <message>
        <source>Classifies the share of dwellings owned by housing corporations (%), written as corp_aandeel, corp_klasse and corp_label:
1 minder dan 10% · 2 10% tot een derde · 3 een derde tot de helft · 4 de helft tot twee derde · 5 meer dan twee derde (corporatiebuurt) · 0 onvoldoende gegevens.

The share comes either from SHARE_FIELD (e.g. p_wcorpw of the CBS Kerncijfers), or is counted from a point layer of the corporation&apos;s units (UNITS; UNIT_COUNT_FIELD is the number of dwellings per point, 1 when empty) and divided by the dwellings of the area (DWELLINGS_FIELD, e.g. a_woning). Points are assigned to the area that contains them, in the areas&apos; CRS; points outside every area are counted in the log.

Small areas (INHABITANTS_FIELD &lt; MIN_INWONERS) and areas missing a REQUIRED_FIELDS value get &apos;onvoldoende gegevens&apos;. Method: docs/method.md (specification.md §4, map 1).</source>
        <translation>Deelt het aandeel woningen in bezit van woningcorporaties (%) in klassen in, geschreven als corp_aandeel, corp_klasse en corp_label:
1 minder dan 10% · 2 10% tot een derde · 3 een derde tot de helft · 4 de helft tot twee derde · 5 meer dan twee derde (corporatiebuurt) · 0 onvoldoende gegevens.

Het aandeel komt uit SHARE_FIELD (bijv. p_wcorpw van de CBS Kerncijfers), of wordt geteld uit een puntlaag met de verhuureenheden van de corporatie (UNITS; UNIT_COUNT_FIELD is het aantal woningen per punt, 1 als het leeg is) en gedeeld door de woningen van het gebied (DWELLINGS_FIELD, bijv. a_woning). Punten tellen mee in het gebied waarin ze liggen, in het CRS van de gebieden; punten buiten elk gebied worden in het logboek geteld.

Kleine gebieden (INHABITANTS_FIELD &lt; MIN_INWONERS) en gebieden zonder waarde in een van de REQUIRED_FIELDS krijgen &apos;onvoldoende gegevens&apos;. Methode: docs/method.md (specification.md §4, kaart 1).</translation>
    </message>
    <message>
        <source>Share of corporation dwellings (%)</source>
        <translation>Aandeel corporatiewoningen (%)</translation>
    </message>
    <message>
        <source>Or: corporation units (points)</source>
        <translation>Of: verhuureenheden van de corporatie (punten)</translation>
    </message>
    <message>
        <source>Dwellings per unit point (empty: 1 each)</source>
        <translation>Woningen per punt (leeg: elk 1)</translation>
    </message>
    <message>
        <source>Dwellings per area (with UNITS)</source>
        <translation>Woningen per gebied (bij UNITS)</translation>
    </message>
    <message>
        <source>Areas with corporation housing</source>
        <translation>Gebieden met corporatiebezit</translation>
    </message>
    <message>
        <source>Areas with more than two thirds corporation dwellings</source>
        <translation>Gebieden met meer dan twee derde corporatiewoningen</translation>
    </message>
    <message>
        <source>%1: %2 has no field &apos;%3&apos;.</source>
        <translation>%1: %2 heeft geen veld &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>%1: point %2 cannot be transformed to the areas&apos; CRS.</source>
        <translation>%1: punt %2 kan niet naar het CRS van de gebieden worden omgezet.</translation>
    </message>
    <message>
        <source>%1 or %2: expected exactly one of them — a share field, or a point layer of units with %3.</source>
        <translation>%1 of %2: verwacht werd precies één van beide — een veld met het aandeel, of een puntlaag met verhuureenheden samen met %3.</translation>
    </message>
    <message>
        <source>%1: counting %2 needs the number of dwellings per area; expected a field such as a_woning.</source>
        <translation>%1: voor het tellen van %2 is het aantal woningen per gebied nodig; verwacht werd een veld zoals a_woning.</translation>
    </message>
    <message>
        <source>Map 1: %1</source>
        <translation>Kaart 1: %1</translation>
    </message>
    <message>
        <source>Without SHARE_FIELD and UNITS, pass the areas on without map 1</source>
        <translation>Zonder SHARE_FIELD en UNITS de gebieden doorgeven zonder kaart 1</translation>
    </message>
    <message>
        <source>No corporation share given (SHARE_FIELD or UNITS): map 1 is left out.</source>
        <translation>Geen corporatieaandeel opgegeven (SHARE_FIELD of UNITS): kaart 1 vervalt.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit point(s) (%1 dwellings) lie outside every area and are not counted.</source>
        <translation>
            <numerusform>%n punt (%1 woningen) ligt buiten elk gebied en telt niet mee.</numerusform>
            <numerusform>%n punten (%1 woningen) liggen buiten elk gebied en tellen niet mee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit point(s) have no valid count in &apos;%1&apos; and are not counted.</source>
        <translation>
            <numerusform>%n punt heeft geen geldig aantal in &apos;%1&apos; en telt niet mee.</numerusform>
            <numerusform>%n punten hebben geen geldig aantal in &apos;%1&apos; en tellen niet mee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) have more corporation units than dwellings (share above 100%); check the units and DWELLINGS_FIELD.</source>
        <translation>
            <numerusform>%n gebied heeft meer verhuureenheden dan woningen (aandeel boven 100%); controleer de eenheden en DWELLINGS_FIELD.</numerusform>
            <numerusform>%n gebieden hebben meer verhuureenheden dan woningen (aandeel boven 100%); controleer de eenheden en DWELLINGS_FIELD.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErvarenOverlastAlgorithm</name>
    <message>
        <source>Experienced nuisance (map 6)</source>
        <translation>Ervaren overlast (kaart 6)</translation>
    </message>
    <message>
        <source>ervaren overlast,enquête,survey,beleving,kaart 6</source>
        <translation>ervaren overlast,enquête,survey,beleving,kaart 6</translation>
    </message>
    <message>
        <source>Experienced nuisance from a survey: its level in quintiles and its development (map 6).</source>
        <translation>Ervaren overlast uit een enquête: het niveau in kwintielen en de ontwikkeling (kaart 6).</translation>
    </message>
    <message>
        <source>Map 6 &apos;Ervaren overlast&apos; is maps 4 and 5 for a survey score of experienced nuisance, when you have one. First compute the score with &apos;Nuisance and unsafety (O)&apos; and FIELD_PREFIX &apos;e&apos; (e_t0, e_t1; use direction 1 when a higher survey score means more nuisance), then this algorithm writes:
e_klasse, e_label: E(t1) in quintiles of the reference set — 1 zeer laag … 5 zeer hoog;
delta_e, de_klasse, de_label (when E_T0 is given): ΔE in five development classes with the dead band ε = DEAD_BAND × sd(ΔE) — 1 sterke afname … 5 sterke toename;
0 onvoldoende gegevens: fewer than MIN_INWONERS inhabitants, E missing, or a REQUIRED_FIELDS field missing.

Method: docs/method.md (specification.md §4, map 6).</source>
        <translation>Kaart 6 &apos;Ervaren overlast&apos; is kaart 4 en 5 voor een enquêtescore van ervaren overlast, als u die hebt. Bereken eerst de score met &apos;Overlast en onveiligheid (O)&apos; en FIELD_PREFIX &apos;e&apos; (e_t0, e_t1; gebruik richting 1 als een hogere enquêtescore meer overlast betekent); daarna schrijft dit algoritme:
e_klasse, e_label: E(t1) in kwintielen van de referentieset — 1 zeer laag … 5 zeer hoog;
delta_e, de_klasse, de_label (als E_T0 gegeven is): ΔE in vijf ontwikkelingsklassen met de dode zone ε = DEAD_BAND × sd(ΔE) — 1 sterke afname … 5 sterke toename;
0 onvoldoende gegevens: minder dan MIN_INWONERS inwoners, E ontbreekt, of een veld uit REQUIRED_FIELDS ontbreekt.

Methode: docs/method.md (specification.md §4, kaart 6).</translation>
    </message>
    <message>
        <source>Experienced nuisance, current level</source>
        <translation>Ervaren overlast, huidig niveau</translation>
    </message>
    <message>
        <source>Experienced nuisance at t0 (empty: level only)</source>
        <translation>Ervaren overlast op t0 (leeg: alleen niveau)</translation>
    </message>
    <message>
        <source>Areas with experienced nuisance</source>
        <translation>Gebieden met ervaren overlast</translation>
    </message>
    <message>
        <source>Dead band ε of ΔE</source>
        <translation>Dode zone ε van ΔE</translation>
    </message>
    <message>
        <source>Map 6 (level): %1</source>
        <translation>Kaart 6 (niveau): %1</translation>
    </message>
    <message>
        <source>Map 6 (development; sd %1, ε %2): %3</source>
        <translation>Kaart 6 (ontwikkeling; sd %1, ε %2): %3</translation>
    </message>
</context>
<context>
    <name>FocuskaartAlgorithm</name>
    <message>
        <source>Focus map and current levels (maps 2, 4 and 9)</source>
        <translation>Focuskaart en huidige niveaus (kaart 2, 4 en 9)</translation>
    </message>
    <message>
        <source>focuskaart,focus,kwintielen,niveau,kwetsbare bewoners,overlast,P80,kaart 2,kaart 4,kaart 9</source>
        <translation>focuskaart,focus,kwintielen,niveau,kwetsbare bewoners,overlast,P80,kaart 2,kaart 4,kaart 9</translation>
    </message>
    <message>
        <source>Where attention is needed now: K(t1) and O(t1) in quintiles (maps 2 and 4) and the focus map (map 9).</source>
        <translation>Waar nu aandacht nodig is: K(t1) en O(t1) in kwintielen (kaart 2 en 4) en de focuskaart (kaart 9).</translation>
    </message>
    <message>
        <source>Classifies the current levels K(t1) and O(t1) (fields k_t1 and o_t1; for one moment k_t0 and o_t0):
&lt;b&gt;Map 2 &apos;Kwetsbare bewoners&apos;&lt;/b&gt; (k_klasse, k_label) and &lt;b&gt;map 4 &apos;Overlast en onveiligheid&apos;&lt;/b&gt; (o_klasse, o_label): quintiles of the reference set — 1 zeer laag, 2 laag, 3 gemiddeld, 4 hoog, 5 zeer hoog. Edges are P20, P40, P60, P80 (linear interpolation, R type 7); a value on an edge goes to the higher class.
&lt;b&gt;Map 9 &apos;Focuskaart&apos;&lt;/b&gt; (focus_klasse, focus_label), with P = PERCENTILE (default 80) of the reference set:
1 focus: kwetsbaar én overlast (K ≥ P and O ≥ P) · 2 kwetsbare bewoners (only K) · 3 overlast en onveiligheid (only O) · 4 geen signaal.
0 onvoldoende gegevens: fewer than MIN_INWONERS inhabitants, K or O missing, or a REQUIRED_FIELDS field missing (in a two-moment analysis, add delta_k and delta_o so that every map shows the same areas).

Method: docs/method.md (specification.md §4, maps 2, 4 and 9).</source>
        <translation>Deelt de huidige niveaus K(t1) en O(t1) in (velden k_t1 en o_t1; bij één moment k_t0 en o_t0):
&lt;b&gt;Kaart 2 &apos;Kwetsbare bewoners&apos;&lt;/b&gt; (k_klasse, k_label) en &lt;b&gt;kaart 4 &apos;Overlast en onveiligheid&apos;&lt;/b&gt; (o_klasse, o_label): kwintielen van de referentieset — 1 zeer laag, 2 laag, 3 gemiddeld, 4 hoog, 5 zeer hoog. De grenzen zijn P20, P40, P60, P80 (lineaire interpolatie, R type 7); een waarde op een grens valt in de hogere klasse.
&lt;b&gt;Kaart 9 &apos;Focuskaart&apos;&lt;/b&gt; (focus_klasse, focus_label), met P = PERCENTILE (standaard 80) van de referentieset:
1 focus: kwetsbaar én overlast (K ≥ P en O ≥ P) · 2 kwetsbare bewoners (alleen K) · 3 overlast en onveiligheid (alleen O) · 4 geen signaal.
0 onvoldoende gegevens: minder dan MIN_INWONERS inwoners, K of O ontbreekt, of een veld uit REQUIRED_FIELDS ontbreekt (neem bij een analyse over twee momenten delta_k en delta_o op, zodat elke kaart dezelfde gebieden toont).

Methode: docs/method.md (specification.md §4, kaart 2, 4 en 9).</translation>
    </message>
    <message>
        <source>K, current level</source>
        <translation>K, huidig niveau</translation>
    </message>
    <message>
        <source>O, current level</source>
        <translation>O, huidig niveau</translation>
    </message>
    <message>
        <source>Focus percentile P</source>
        <translation>Focuspercentiel P</translation>
    </message>
    <message>
        <source>Areas with levels and focus</source>
        <translation>Gebieden met niveaus en focus</translation>
    </message>
    <message>
        <source>Focus threshold for K</source>
        <translation>Focusdrempel voor K</translation>
    </message>
    <message>
        <source>Focus threshold for O</source>
        <translation>Focusdrempel voor O</translation>
    </message>
    <message>
        <source>Areas in the reference set</source>
        <translation>Gebieden in de referentieset</translation>
    </message>
    <message>
        <source>Areas with onvoldoende gegevens</source>
        <translation>Gebieden met onvoldoende gegevens</translation>
    </message>
    <message>
        <source>Map 2 (K quintile edges %1): %2</source>
        <translation>Kaart 2 (kwintielgrenzen K %1): %2</translation>
    </message>
    <message>
        <source>Map 4 (O quintile edges %1): %2</source>
        <translation>Kaart 4 (kwintielgrenzen O %1): %2</translation>
    </message>
    <message>
        <source>Map 9 (P%1: K ≥ %2, O ≥ %3; n = %4): %5</source>
        <translation>Kaart 9 (P%1: K ≥ %2, O ≥ %3; n = %4): %5</translation>
    </message>
</context>
<context>
    <name>GifAnimatie</name>
    <message>
        <source>no frames to write</source>
        <translation>geen beelden om te schrijven</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>kan %1 niet vervangen</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>kan %1 niet hernoemen naar %2</translation>
    </message>
    <message>
        <source>frame %1 is %2 × %3 pixels, the first %4 × %5</source>
        <translation>beeld %1 is %2 × %3 pixels, het eerste %4 × %5</translation>
    </message>
</context>
<context>
    <name>HarmoniseerAlgorithm</name>
    <message>
        <source>%1: field &apos;%2&apos; is not numeric: source feature %3 holds &apos;%4&apos;; expected numbers (run &apos;Prepare input data&apos; to convert text numbers).</source>
        <translation>%1: veld &apos;%2&apos; is niet numeriek: bronobject %3 bevat &apos;%4&apos;; verwacht werden getallen (gebruik &apos;Gegevens voorbereiden&apos; om tekstgetallen om te zetten).</translation>
    </message>
    <message>
        <source>Harmonise areas (areal interpolation)</source>
        <translation>Herverdelen naar een andere gebiedsindeling (harmoniseren)</translation>
    </message>
    <message>
        <source>harmoniseren,areal interpolation,herindeling,grenzen,vierkant,100 m,grid,buurten,overlap,interpolatie</source>
        <translation>harmoniseren,areal interpolation,herindeling,grenzen,vierkant,100 m,grid,buurten,overlap,interpolatie</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Moves counts and rates from one set of areas (last year&apos;s buurten, 100 m grid cells) onto another by their overlap.</source>
        <translation>Zet aantallen en verhoudingen van de ene gebiedsindeling (buurten van vorig jaar, vierkanten van 100 m) over naar een andere, naar hun overlap.</translation>
    </message>
    <message>
        <source>Source zones (e.g. last year&apos;s buurten or 100 m cells)</source>
        <translation>Brongebieden (bijv. de buurten van vorig jaar of vierkanten van 100 m)</translation>
    </message>
    <message>
        <source>Extensive fields: counts, split by area</source>
        <translation>Extensieve velden: aantallen, naar oppervlak verdeeld</translation>
    </message>
    <message>
        <source>Intensive fields: rates, shares, scores, averaged</source>
        <translation>Intensieve velden: verhoudingen, aandelen, scores, gemiddeld</translation>
    </message>
    <message>
        <source>Weight of the intensive fields (e.g. inhabitants; empty: overlap area)</source>
        <translation>Gewicht van de intensieve velden (bijv. inwoners; leeg: overlappend oppervlak)</translation>
    </message>
    <message>
        <source>Target zones (e.g. this year&apos;s buurten)</source>
        <translation>Doelgebieden (bijv. de buurten van dit jaar)</translation>
    </message>
    <message>
        <source>CRS of the source&apos;s coordinates (empty: as the layer says; set it when that is missing or wrong)</source>
        <translation>CRS van de coördinaten van de bron (leeg: wat de laag zegt; zet het als dat ontbreekt of niet klopt)</translation>
    </message>
    <message>
        <source>Extra missing-value markers, comma-separated</source>
        <translation>Extra markeringen voor ontbrekende waarden, kommagescheiden</translation>
    </message>
    <message>
        <source>Threads (0: every core)</source>
        <translation>Threads (0: elke kern)</translation>
    </message>
    <message>
        <source>Target zones with the moved values</source>
        <translation>Doelgebieden met de overgezette waarden</translation>
    </message>
    <message>
        <source>Source zones read</source>
        <translation>Gelezen brongebieden</translation>
    </message>
    <message>
        <source>Source zones outside every target</source>
        <translation>Brongebieden buiten elk doelgebied</translation>
    </message>
    <message>
        <source>Invalid source polygons repaired</source>
        <translation>Gerepareerde ongeldige bronpolygonen</translation>
    </message>
    <message>
        <source>Invalid target polygons repaired</source>
        <translation>Gerepareerde ongeldige doelpolygonen</translation>
    </message>
    <message>
        <source>Target zones without any source</source>
        <translation>Doelgebieden zonder enige bron</translation>
    </message>
    <message>
        <source>TARGET has no CRS; expected the target zones with a CRS (assign it in the layer&apos;s properties), so that the sources can be transformed to it.</source>
        <translation>TARGET heeft geen CRS; verwacht werden doelgebieden met een CRS (stel het in bij de eigenschappen van de laag), zodat de bronnen ernaar kunnen worden omgezet.</translation>
    </message>
    <message>
        <source>%1: INPUT has no field &apos;%2&apos; (its fields: %3).</source>
        <translation>%1: INPUT heeft geen veld &apos;%2&apos; (de velden: %3).</translation>
    </message>
    <message>
        <source>EXTENSIVE_FIELDS and INTENSIVE_FIELDS: no field given; expected at least one field of INPUT to move.</source>
        <translation>EXTENSIVE_FIELDS en INTENSIVE_FIELDS: geen veld gegeven; verwacht werd ten minste één veld van INPUT om over te zetten.</translation>
    </message>
    <message>
        <source>INTENSIVE_FIELDS: &apos;%1&apos; is also an extensive field; expected each field once, as a count or as a rate.</source>
        <translation>INTENSIVE_FIELDS: &apos;%1&apos; is ook een extensief veld; verwacht werd elk veld één keer, als aantal of als verhouding.</translation>
    </message>
    <message>
        <source>WEIGHT_FIELD: INPUT has no field &apos;%1&apos;.</source>
        <translation>WEIGHT_FIELD: INPUT heeft geen veld &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>WEIGHT_FIELD only weighs intensive fields; there are none, so it is not used.</source>
        <translation>WEIGHT_FIELD weegt alleen intensieve velden; die zijn er niet, dus het wordt niet gebruikt.</translation>
    </message>
    <message>
        <source>Reading the target zones…</source>
        <translation>De doelgebieden lezen…</translation>
    </message>
    <message>
        <source>TARGET has no zones; expected a polygon layer with at least one zone.</source>
        <translation>TARGET heeft geen gebieden; verwacht werd een polygoonlaag met ten minste één gebied.</translation>
    </message>
    <message>
        <source>Moving the values…</source>
        <translation>De waarden overzetten…</translation>
    </message>
    <message>
        <source>%1 (count): sources %2, moved to targets %3, outside every target %4 (of which %5 in sources wholly outside).</source>
        <translation>%1 (aantal): bronnen %2, overgezet naar doelen %3, buiten elk doelgebied %4 (waarvan %5 in bronnen die geheel buiten liggen).</translation>
    </message>
    <message>
        <source>INPUT_CRS: none of the %1 source zones overlaps a target zone. Expected the two layers to cover the same ground; is a CRS wrong? INPUT is taken to be in %2, TARGET is in %3 — set INPUT_CRS if INPUT is mislabelled.</source>
        <translation>INPUT_CRS: geen van de %1 brongebieden overlapt een doelgebied. Verwacht werd dat de twee lagen hetzelfde gebied beslaan; klopt een CRS niet? INPUT wordt gelezen in %2, TARGET staat in %3 — zet INPUT_CRS als INPUT een verkeerd label heeft.</translation>
    </message>
    <message>
        <source>%1 source zone(s) onto %2 target zone(s) in %3 s on %4 thread(s) (targets read in %5 s, indexed in %6 s; %7 touching pair(s) intersected by GEOS).</source>
        <translation>Brongebieden: %1, doelgebieden: %2, in %3 s met threads: %4 (doelen gelezen in %5 s, geïndexeerd in %6 s; rakende paren door GEOS gesneden: %7).</translation>
    </message>
    <message>
        <source>an unknown CRS</source>
        <translation>een onbekend CRS</translation>
    </message>
    <message>
        <source>%1: the layer has %2 geometries; expected polygons (zones with an area to share).</source>
        <translation>%1: de laag heeft geometrieën van het type %2; verwacht werden polygonen (gebieden met een oppervlak om te verdelen).</translation>
    </message>
    <message>
        <source>EXTENSIVE_FIELDS: %1 does not add up: the sources hold %2, the targets got %3 and %4 lies outside (a difference of %5). This is a fault in Veerkracht; please report it with the two layers.</source>
        <translation>EXTENSIVE_FIELDS: %1 klopt niet: de bronnen bevatten %2, de doelgebieden kregen %3 en %4 ligt erbuiten (een verschil van %5). Dit is een fout in Veerkracht; meld die met de twee lagen.</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;, source feature %3 holds %4; expected a finite number of at most 10^15 in magnitude (an export or unit fault: correct or empty it).</source>
        <translation>%1: veld &apos;%2&apos;, bronobject %3 bevat %4; verwacht werd een eindig getal van ten hoogste 10^15 in grootte (een export- of eenheidsfout: verbeter of leeg het).</translation>
    </message>
    <message>
        <source>Buurt boundaries change between years, and CBS and the Leefbaarometer also publish on a 100 m grid: to compare two moments, move the values of the source zones (INPUT) onto one geometry, the target zones (TARGET).

&lt;b&gt;Extensive&lt;/b&gt; fields (counts: inhabitants, dwellings) are split by area: v(t) = Σ v(s) · |s∩t| / |s|. &lt;b&gt;Intensive&lt;/b&gt; fields (rates, shares, scores) are averaged: v(t) = Σ v(s) · w / Σ w, with w the overlap area, or — with WEIGHT_FIELD, e.g. inhabitants of a grid cell — the source&apos;s weight spread by area. A missing source value (NULL, &apos;.&apos;, CBS sentinels such as -99997, MISSING_VALUES) contributes neither value nor weight, never 0; a target without any contributing value gets NULL.

The output is TARGET with every moved field (a target field of the same name is replaced), &lt;i&gt;dekking&lt;/i&gt; — the share of the target&apos;s area covered by sources (0–1) — and &lt;i&gt;n_bronnen&lt;/i&gt;, the number of sources that overlap it. Sources outside every target are reported with their summed counts, never silently lost. Invalid polygons in either layer are repaired (make valid) and counted. Overlaps are measured in RD New (EPSG:28992) whatever the layers&apos; CRS, and the output keeps the target&apos;s CRS; Polygon and MultiPolygon both work.

Fast on large inputs (the 3.5 million 100 m cells of the Netherlands): a grid index over the targets, overlap areas computed from the rings directly (GEOS only where boundaries touch), no intersection at all for a source wholly inside one target, and the work spread over all cores. Method: docs/method.md (specification.md §5).</source>
        <translation>Buurtgrenzen veranderen van jaar tot jaar, en CBS en de Leefbaarometer publiceren ook op vierkanten van 100 m: om twee momenten te vergelijken zet u de waarden van de brongebieden (INPUT) over op één indeling, de doelgebieden (TARGET).

&lt;b&gt;Extensieve&lt;/b&gt; velden (aantallen: inwoners, woningen) worden naar oppervlak verdeeld: v(t) = Σ v(s) · |s∩t| / |s|. &lt;b&gt;Intensieve&lt;/b&gt; velden (verhoudingen, aandelen, scores) worden gemiddeld: v(t) = Σ v(s) · w / Σ w, met w het overlappend oppervlak, of — met WEIGHT_FIELD, bijv. de inwoners van een vierkant — het gewicht van de bron naar oppervlak verdeeld. Een ontbrekende bronwaarde (NULL, &apos;.&apos;, CBS-waarden zoals -99997, MISSING_VALUES) draagt geen waarde en geen gewicht bij, nooit 0; een doelgebied zonder enige bijdragende waarde krijgt NULL.

De uitvoer is TARGET met elk overgezet veld (een doelveld met dezelfde naam wordt vervangen), &lt;i&gt;dekking&lt;/i&gt; — het deel van het oppervlak van het doelgebied dat door bronnen wordt gedekt (0–1) — en &lt;i&gt;n_bronnen&lt;/i&gt;, het aantal bronnen dat het overlapt. Bronnen buiten elk doelgebied worden gemeld met hun opgetelde aantallen, nooit stilzwijgend weggelaten. Ongeldige polygonen in beide lagen worden gerepareerd (make valid) en geteld. Overlappen worden gemeten in RD New (EPSG:28992), welk CRS de lagen ook hebben, en de uitvoer houdt het CRS van het doel; Polygon en MultiPolygon werken allebei.

Snel bij grote invoer (de 3,5 miljoen vierkanten van 100 m van Nederland): een rasterindex over de doelgebieden, overlapoppervlakken rechtstreeks uit de ringen berekend (GEOS alleen waar grenzen elkaar raken), geen enkele doorsnijding voor een bron die geheel binnen één doelgebied ligt, en het werk verdeeld over alle kernen. Methode: docs/method.md (specification.md §5).</translation>
    </message>
    <message>
        <source>INPUT: source feature %1 cannot be transformed from %2 to %3 (where overlaps are measured); expected coordinates valid in INPUT&apos;s CRS, or set INPUT_CRS.</source>
        <translation>INPUT: bronobject %1 kan niet worden omgezet van %2 naar %3 (waarin overlappen worden gemeten); verwacht werden coördinaten die geldig zijn in het CRS van INPUT, of zet INPUT_CRS.</translation>
    </message>
    <message>
        <source>TARGET: target zone %1 cannot be transformed from %2 to %3 (where overlaps are measured); expected coordinates valid in TARGET&apos;s CRS.</source>
        <translation>TARGET: doelgebied %1 kan niet worden omgezet van %2 naar %3 (waarin overlappen worden gemeten); verwacht werden coördinaten die geldig zijn in het CRS van TARGET.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid target polygon(s) were repaired (make valid).</source>
        <translation>
            <numerusform>%n ongeldige doelpolygoon gerepareerd (make valid).</numerusform>
            <numerusform>%n ongeldige doelpolygonen gerepareerd (make valid).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid source polygon(s) were repaired (make valid).</source>
        <translation>
            <numerusform>%n ongeldige bronpolygoon gerepareerd (make valid).</numerusform>
            <numerusform>%n ongeldige bronpolygonen gerepareerd (make valid).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GEOS could not read or intersect %n source polygon(s) even after repair; their values count as outside every target.</source>
        <translation>
            <numerusform>GEOS kon %n bronpolygoon ook na reparatie niet lezen of snijden; de waarden tellen als buiten elk doelgebied.</numerusform>
            <numerusform>GEOS kon %n bronpolygonen ook na reparatie niet lezen of snijden; hun waarden tellen als buiten elk doelgebied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target zone(s) have no usable polygon (empty, NULL or collapsed); they get no values and dekking 0.</source>
        <translation>
            <numerusform>%n doelgebied heeft geen bruikbare polygoon (leeg, NULL of ingeklapt); het krijgt geen waarden en dekking 0.</numerusform>
            <numerusform>%n doelgebieden hebben geen bruikbare polygoon (leeg, NULL of ingeklapt); ze krijgen geen waarden en dekking 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source zone(s) have no geometry; their values cannot be placed and count as outside every target.</source>
        <translation>
            <numerusform>%n brongebied heeft geen geometrie; de waarden kunnen niet worden geplaatst en tellen als buiten elk doelgebied.</numerusform>
            <numerusform>%n brongebieden hebben geen geometrie; hun waarden kunnen niet worden geplaatst en tellen als buiten elk doelgebied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target zone(s) are covered more than once: source zones overlap each other there (dekking is given as 1). Counts are shared by overlap and never moved twice.</source>
        <translation>
            <numerusform>%n doelgebied wordt meer dan eens bedekt: brongebieden overlappen elkaar daar (dekking wordt als 1 gegeven). Aantallen worden naar overlap verdeeld en nooit twee keer verplaatst.</numerusform>
            <numerusform>%n doelgebieden worden meer dan eens bedekt: brongebieden overlappen elkaar daar (dekking wordt als 1 gegeven). Aantallen worden naar overlap verdeeld en nooit twee keer verplaatst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source zone(s) lie outside every target zone; their counts are not in the output (see the totals above).</source>
        <translation>
            <numerusform>%n brongebied ligt buiten elk doelgebied; de aantallen staan niet in de uitvoer (zie de totalen hierboven).</numerusform>
            <numerusform>%n brongebieden liggen buiten elk doelgebied; hun aantallen staan niet in de uitvoer (zie de totalen hierboven).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target zone(s) have no source at all: dekking 0 and NULL values.</source>
        <translation>
            <numerusform>%n doelgebied heeft helemaal geen bron: dekking 0 en NULL-waarden.</numerusform>
            <numerusform>%n doelgebieden hebben helemaal geen bron: dekking 0 en NULL-waarden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexAlgorithm</name>
    <message>
        <source>%1: &apos;%2&apos; is not valid; expected %3.</source>
        <translation>%1: &apos;%2&apos; is niet geldig; verwacht werd %3.</translation>
    </message>
    <message>
        <source>Indicator fields at t0</source>
        <translation>Indicatorvelden op t0</translation>
    </message>
    <message>
        <source>Indicator fields at t1, in the same order (empty: one moment)</source>
        <translation>Indicatorvelden op t1, in dezelfde volgorde (leeg: één moment)</translation>
    </message>
    <message>
        <source>Direction per indicator: 1 = higher is worse, -1 = higher is better (comma-separated)</source>
        <translation>Richting per indicator: 1 = hoger is slechter, -1 = hoger is beter (kommagescheiden)</translation>
    </message>
    <message>
        <source>Weight per indicator (comma-separated; empty: equal)</source>
        <translation>Gewicht per indicator (kommagescheiden; leeg: gelijk)</translation>
    </message>
    <message>
        <source>Denominator field per indicator at t0, for a rate per 1000 (comma-separated; empty entry: none)</source>
        <translation>Noemerveld per indicator op t0, voor een aantal per 1000 (kommagescheiden; leeg item: geen)</translation>
    </message>
    <message>
        <source>Denominator field per indicator at t1 (comma-separated; empty entry: none)</source>
        <translation>Noemerveld per indicator op t1 (kommagescheiden; leeg item: geen)</translation>
    </message>
    <message>
        <source>Standardisation (parameters from the reference set at t0)</source>
        <translation>Standaardisatie (parameters uit de referentieset op t0)</translation>
    </message>
    <message>
        <source>Minimum share of indicators with a value</source>
        <translation>Minimaal aandeel indicatoren met een waarde</translation>
    </message>
    <message>
        <source>Reference set (filter expression; empty: all areas with enough data)</source>
        <translation>Referentieset (filterexpressie; leeg: alle gebieden met voldoende gegevens)</translation>
    </message>
    <message>
        <source>Output field prefix (&lt;prefix&gt;_t0, &lt;prefix&gt;_t1)</source>
        <translation>Voorvoegsel van de uitvoervelden (&lt;prefix&gt;_t0, &lt;prefix&gt;_t1)</translation>
    </message>
    <message>
        <source>Areas with %1</source>
        <translation>Gebieden met %1</translation>
    </message>
    <message>
        <source>Areas without %1 at t0</source>
        <translation>Gebieden zonder %1 op t0</translation>
    </message>
    <message>
        <source>Areas without %1 at t1</source>
        <translation>Gebieden zonder %1 op t1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt;: INDICATORS_T0 and INDICATORS_T1 list the same indicators for the two moments, in the same order (leave INDICATORS_T1 empty for one moment). DIRECTIONS gives +1 (higher is worse) or -1 (higher is better) per indicator, WEIGHTS their relative weights (default equal). DENOMINATORS_T0/T1 turn a count into a rate per 1000 (e.g. a_soz_wb per a_inw); leave an entry empty for an indicator that already is a rate or share.

&lt;b&gt;Standardisation&lt;/b&gt;: zscore (default), percentile (rank 0–100 in the t0 distribution), minmax, or none (a single share passes through unchanged). The parameters come from the reference set &lt;i&gt;at t0&lt;/i&gt; and are reused for t1, so that a real increase shows as an increase. The reference set is every area that is not small (INHABITANTS_FIELD &lt; MIN_INWONERS, default 100), has a value for REQUIRED_FIELDS and passes REFERENCE_FILTER.

&lt;b&gt;Missing&lt;/b&gt;: the index is the weighted mean of the available standardised indicators, and missing (NULL) when fewer than MIN_SHARE (default half) of them have a value. CBS sentinels and &apos;.&apos;, &apos;NA&apos; count as missing.

Method: docs/method.md (specification.md §3).</source>
        <translation>&lt;b&gt;Indicatoren&lt;/b&gt;: INDICATORS_T0 en INDICATORS_T1 noemen dezelfde indicatoren voor de twee momenten, in dezelfde volgorde (laat INDICATORS_T1 leeg voor één moment). DIRECTIONS geeft per indicator +1 (hoger is slechter) of -1 (hoger is beter), WEIGHTS de onderlinge gewichten (standaard gelijk). DENOMINATORS_T0/T1 maken van een aantal een aantal per 1000 (bijv. a_soz_wb per a_inw); laat een item leeg voor een indicator die al een verhouding of aandeel is.

&lt;b&gt;Standaardisatie&lt;/b&gt;: zscore (standaard), percentile (rang 0–100 in de verdeling op t0), minmax, of none (één aandeel gaat ongewijzigd door). De parameters komen uit de referentieset &lt;i&gt;op t0&lt;/i&gt; en worden voor t1 hergebruikt, zodat een echte toename als toename zichtbaar wordt. De referentieset is elk gebied dat niet klein is (INHABITANTS_FIELD &lt; MIN_INWONERS, standaard 100), een waarde heeft voor REQUIRED_FIELDS en door REFERENCE_FILTER komt.

&lt;b&gt;Ontbrekend&lt;/b&gt;: de index is het gewogen gemiddelde van de beschikbare gestandaardiseerde indicatoren, en ontbreekt (NULL) als minder dan MIN_SHARE (standaard de helft) ervan een waarde heeft. CBS-markeringen en &apos;.&apos;, &apos;NA&apos; gelden als ontbrekend.

Methode: docs/method.md (specification.md §3).</translation>
    </message>
    <message>
        <source>%1: no indicator field given; expected at least one numeric field of INPUT.</source>
        <translation>%1: geen indicatorveld gegeven; verwacht werd ten minste één numeriek veld van INPUT.</translation>
    </message>
    <message>
        <source>1 or -1</source>
        <translation>1 of -1</translation>
    </message>
    <message>
        <source>%1 names %2 fields for %3 indicators; expected at most one per indicator.</source>
        <translation>%1 noemt %2 velden voor %3 indicatoren; verwacht werd ten hoogste één per indicator.</translation>
    </message>
    <message>
        <source>%1 and %2: indicator %3 (%4) has a denominator at one moment only; expected one at both moments or at neither.</source>
        <translation>%1 en %2: indicator %3 (%4) heeft maar op één moment een noemer; verwacht werd een noemer op beide momenten of op geen van beide.</translation>
    </message>
    <message>
        <source>FIELD_PREFIX is empty; expected a short name such as &apos;k&apos;.</source>
        <translation>FIELD_PREFIX is leeg; verwacht werd een korte naam zoals &apos;k&apos;.</translation>
    </message>
    <message>
        <source>REFERENCE_FILTER: &apos;%1&apos; is not a valid expression: %2</source>
        <translation>REFERENCE_FILTER: &apos;%1&apos; is geen geldige expressie: %2</translation>
    </message>
    <message>
        <source>REFERENCE_FILTER: &apos;%1&apos; fails on area %2: %3</source>
        <translation>REFERENCE_FILTER: &apos;%1&apos; gaat mis bij gebied %2: %3</translation>
    </message>
    <message>
        <source>REFERENCE_FILTER keeps %1 of %2 areas in the reference set.</source>
        <translation>REFERENCE_FILTER houdt %1 van de %2 gebieden in de referentieset.</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;</source>
        <translation>%1: veld &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 indicator %2 (%3%4): direction %5, weight %6; %7 at t0: n = %8, mean %9, sd %10, min %11, max %12.</source>
        <translation>%1 indicator %2 (%3%4): richting %5, gewicht %6; %7 op t0: n = %8, gemiddelde %9, sd %10, min %11, max %12.</translation>
    </message>
    <message>
        <source> and %1 at t1</source>
        <translation> en %1 op t1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n field(s) and %2 %3; expected the same indicators at both moments, in the same order.</source>
        <translation>
            <numerusform>%1 heeft %n veld en %2 %3; verwacht werden dezelfde indicatoren op beide momenten, in dezelfde volgorde.</numerusform>
            <numerusform>%1 heeft %n velden en %2 %3; verwacht werden dezelfde indicatoren op beide momenten, in dezelfde volgorde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is missing (fewer than %2 of the indicators) in %n area(s) at t0%3.</source>
        <translation>
            <numerusform>%1 ontbreekt (minder dan %2 van de indicatoren) in %n gebied op t0%3.</numerusform>
            <numerusform>%1 ontbreekt (minder dan %2 van de indicatoren) in %n gebieden op t0%3.</numerusform>
        </translation>
    </message>
    <message>
        <source>a number from %1 to %2 (weights are relative)</source>
        <translation>een getal van %1 tot %2 (gewichten zijn relatief)</translation>
    </message>
    <message>
        <source>%1 gives %2 values for %3 indicators; expected one value, or one per indicator in the order of the indicators&apos; fields.</source>
        <translation>%1 geeft %2 waarden voor %3 indicatoren; verwacht één waarde, of één per indicator in de volgorde van de velden van de indicatoren.</translation>
    </message>
</context>
<context>
    <name>IndicatorenTabelWidget</name>
    <message>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
    <message>
        <source>Fill the table from the fields the input layer has, with its two latest years</source>
        <translation>Vul de tabel met de velden die de invoerlaag heeft, met de twee laatste jaren</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <source>1: higher is more</source>
        <translation>1: hoger is meer</translation>
    </message>
    <message>
        <source>-1: higher is less</source>
        <translation>-1: hoger is minder</translation>
    </message>
    <message>
        <source>The input layer has no fields for “%1”; looked for %2, with or without a year (e.g. _2023).</source>
        <translation>De invoerlaag heeft geen velden voor ‘%1’; gezocht naar %2, met of zonder jaartal (bijv. _2023).</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>geen jaartal</translation>
    </message>
    <message>
        <source>“%1”: t0 = %2, t1 = %3. Check the rows before running.</source>
        <translation>‘%1’: t0 = %2, t1 = %3. Controleer de rijen voordat u het algoritme uitvoert.</translation>
    </message>
    <message>
        <source>“%1”: one moment (%2), a momentopname. Check the rows before running.</source>
        <translation>‘%1’: één moment (%2), een momentopname. Controleer de rijen voordat u het algoritme uitvoert.</translation>
    </message>
    <message>
        <source>Check the table: %1.</source>
        <translation>Controleer de tabel: %1.</translation>
    </message>
</context>
<context>
    <name>IndicatorenWidgetWrapper</name>
    <message>
        <source>Indicators…</source>
        <translation>Indicatoren…</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s): %1…</source>
        <translation>
            <numerusform>%n indicator: %1…</numerusform>
            <numerusform>%n indicatoren: %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinTable</name>
    <message>
        <source>TABLE_CODE_FIELDS: table &apos;%1&apos; has no area code field; expected one of %2 or a text field of CBS codes (BU…, WK…, GM…), or name it in TABLE_CODE_FIELDS.</source>
        <translation>TABLE_CODE_FIELDS: tabel &apos;%1&apos; heeft geen veld met gebiedscodes; verwacht werd een van %2 of een tekstveld met CBS-codes (BU…, WK…, GM…), of noem het in TABLE_CODE_FIELDS.</translation>
    </message>
    <message>
        <source>TABLE_CODE_FIELDS: table &apos;%1&apos; has no field &apos;%2&apos;; its fields are: %3.</source>
        <translation>TABLE_CODE_FIELDS: tabel &apos;%1&apos; heeft geen veld &apos;%2&apos;; de velden zijn: %3.</translation>
    </message>
    <message>
        <source>YEAR_FIELD: table &apos;%1&apos;, row %2: the year field &apos;%3&apos; holds &apos;%4&apos;; expected a whole year such as 2020.</source>
        <translation>YEAR_FIELD: tabel &apos;%1&apos;, rij %2: het jaarveld &apos;%3&apos; bevat &apos;%4&apos;; verwacht werd een heel jaartal zoals 2020.</translation>
    </message>
    <message>
        <source>FIELDS: field &apos;%1&apos; of table &apos;%2&apos; is not numeric: row %3 holds &apos;%4&apos;; expected a number (decimal %5) or a missing-value marker.</source>
        <translation>FIELDS: veld &apos;%1&apos; van tabel &apos;%2&apos; is niet numeriek: rij %3 bevat &apos;%4&apos;; verwacht werd een getal (decimaal %5) of een markering voor een ontbrekende waarde.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punt</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; has more than one row per area code and year in &apos;%2&apos;: %3. Expected one row per code and year.</source>
        <translation>Tabel &apos;%1&apos; heeft meer dan één rij per gebiedscode en jaar in &apos;%2&apos;: %3. Verwacht werd één rij per code en jaar.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; has duplicate area codes in &apos;%2&apos;: %3. Expected one row per code; for a long table with one row per year, set YEAR_FIELD.</source>
        <translation>Tabel &apos;%1&apos; heeft dubbele gebiedscodes in &apos;%2&apos;: %3. Verwacht werd één rij per code; zet YEAR_FIELD voor een lange tabel met één rij per jaar.</translation>
    </message>
    <message>
        <source>TABLES: field &apos;%1&apos; of table &apos;%2&apos;, row %3 holds %4; expected a finite number of at most 10^15 in magnitude. Such a value is an export or unit fault: correct or empty that cell.</source>
        <translation>TABLES: veld &apos;%1&apos; van tabel &apos;%2&apos;, rij %3 bevat %4; verwacht werd een eindig getal van ten hoogste 10^15 in grootte. Zo&apos;n waarde is een export- of eenheidsfout: verbeter of leeg die cel.</translation>
    </message>
    <message>
        <source>DECIMAL_SEPARATOR: field &apos;%1&apos; of table &apos;%2&apos; is ambiguous: every value with a point has three digits after it, so &apos;%3&apos; is %4 with a Dutch thousands point and %5 with a decimal point. Set DECIMAL_SEPARATOR to &apos;Comma (1,9)&apos; when the points separate thousands, or to &apos;Point (1.9)&apos; when they are decimals.</source>
        <translation>DECIMAL_SEPARATOR: veld &apos;%1&apos; van tabel &apos;%2&apos; is dubbelzinnig: elke waarde met een punt heeft drie cijfers erachter, dus &apos;%3&apos; is %4 met een Nederlandse duizendtalpunt en %5 met een decimale punt. Zet DECIMAL_SEPARATOR op &apos;Komma (1,9)&apos; als de punten duizendtallen scheiden, of op &apos;Punt (1.9)&apos; als het decimalen zijn.</translation>
    </message>
    <message numerus="yes">
        <source>Table &apos;%1&apos;: %n row(s) without an area code in &apos;%2&apos; were skipped (rows %3).</source>
        <translation>
            <numerusform>Tabel &apos;%1&apos;: %n rij zonder gebiedscode in &apos;%2&apos; is overgeslagen (rij %3).</numerusform>
            <numerusform>Tabel &apos;%1&apos;: %n rijen zonder gebiedscode in &apos;%2&apos; zijn overgeslagen (rijen %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KaartAlgorithm</name>
    <message>
        <source>Veerkrachtkaarten</source>
        <translation>Veerkrachtkaarten</translation>
    </message>
    <message>
        <source>Areas (buurten, e.g. from &apos;Prepare input data&apos;)</source>
        <translation>Gebieden (buurten, bijv. uit &apos;Gegevens voorbereiden&apos;)</translation>
    </message>
    <message>
        <source>Inhabitants field, for small areas and weights (t1; empty: no small-area rule)</source>
        <translation>Veld met inwoners, voor kleine gebieden en gewichten (t1; leeg: geen regel voor kleine gebieden)</translation>
    </message>
    <message>
        <source>Minimum inhabitants (MIN_INWONERS)</source>
        <translation>Minimum aantal inwoners (MIN_INWONERS)</translation>
    </message>
    <message>
        <source>Other fields that must have a value (else &apos;onvoldoende gegevens&apos;)</source>
        <translation>Andere velden die een waarde moeten hebben (anders &apos;onvoldoende gegevens&apos;)</translation>
    </message>
    <message>
        <source>Dead band (DEAD_BAND × sd of the change)</source>
        <translation>Dode zone (DEAD_BAND × sd van de verandering)</translation>
    </message>
    <message>
        <source>INPUT has no areas; expected a layer with at least one area.</source>
        <translation>INPUT heeft geen gebieden; verwacht werd een laag met ten minste één gebied.</translation>
    </message>
    <message>
        <source>REQUIRED_FIELDS: INPUT has no field &apos;%1&apos;.</source>
        <translation>REQUIRED_FIELDS: INPUT heeft geen veld &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>object %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 area(s) have too few inhabitants (fewer than %2) or missing data: &apos;onvoldoende gegevens&apos; on every map, left out of every fit, percentile and sd.</source>
        <translation>
            <numerusform>%n van %1 gebieden heeft te weinig inwoners (minder dan %2) of ontbrekende gegevens: &apos;onvoldoende gegevens&apos; op elke kaart, buiten elke regressie, elk percentiel en elke sd gelaten.</numerusform>
            <numerusform>%n van %1 gebieden hebben te weinig inwoners (minder dan %2) of ontbrekende gegevens: &apos;onvoldoende gegevens&apos; op elke kaart, buiten elke regressie, elk percentiel en elke sd gelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building blocks (single maps)</source>
        <translation>Bouwstenen (losse kaarten)</translation>
    </message>
    <message numerus="yes">
        <source>INPUT: %n feature(s) are not polygons: %1. Expected areas as polygons only; remove those features, or run &apos;Prepare input data&apos; on polygons.</source>
        <translation>
            <numerusform>INPUT: %n object is geen polygoon: %1. Verwacht werden gebieden als polygonen; verwijder dat object, of gebruik &apos;Gegevens voorbereiden&apos; op polygonen.</numerusform>
            <numerusform>INPUT: %n objecten zijn geen polygonen: %1. Verwacht werden gebieden als polygonen; verwijder die objecten, of gebruik &apos;Gegevens voorbereiden&apos; op polygonen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KaartStijl</name>
    <message>
        <source>the layer is not stored in a file</source>
        <translation>de laag is niet in een bestand opgeslagen</translation>
    </message>
    <message>
        <source>Style %1 could not be stored in %2: %3</source>
        <translation>Stijl %1 kon niet in %2 worden opgeslagen: %3</translation>
    </message>
    <message>
        <source>Styles in %1: %2 (default: %3).</source>
        <translation>Stijlen in %1: %2 (standaard: %3).</translation>
    </message>
    <message>
        <source>%1 gemeenten</source>
        <translation>%1 gemeenten</translation>
    </message>
    <message>
        <source>The styles could not be stored: the table %1 cannot be opened.</source>
        <translation>De stijlen konden niet worden opgeslagen: de tabel %1 kan niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>KaartensetAlgorithm</name>
    <message>
        <source>Export the map set</source>
        <translation>Kaartenset exporteren</translation>
    </message>
    <message>
        <source>kaartenset,kaarten,afdrukken,print,pdf,png,layout,atlas,gemeente</source>
        <translation>kaartenset,kaarten,afdrukken,print,pdf,png,layout,atlas,gemeente</translation>
    </message>
    <message>
        <source>Veerkrachtkaarten</source>
        <translation>Veerkrachtkaarten</translation>
    </message>
    <message>
        <source>The printable map set per gemeente: every map as PNG and all as one PDF.</source>
        <translation>De afdrukbare kaartenset per gemeente: elke kaart als PNG en alle kaarten in één PDF.</translation>
    </message>
    <message>
        <source>Veerkrachtkaarten layer</source>
        <translation>Laag met veerkrachtkaarten</translation>
    </message>
    <message>
        <source>Maps (empty: every map the layer has)</source>
        <translation>Kaarten (leeg: elke kaart die de laag heeft)</translation>
    </message>
    <message>
        <source>Gemeente codes, comma-separated (empty: every gemeente)</source>
        <translation>Gemeentecodes, kommagescheiden (leeg: elke gemeente)</translation>
    </message>
    <message>
        <source>Name of the gemeente in the titles</source>
        <translation>Naam van de gemeente in de titels</translation>
    </message>
    <message>
        <source>Period in the titles (e.g. 2021–2023)</source>
        <translation>Periode in de titels (bijv. 2021–2023)</translation>
    </message>
    <message>
        <source>Buurt code field (empty: detect)</source>
        <translation>Veld met buurtcodes (leeg: herkennen)</translation>
    </message>
    <message>
        <source>Write buurt names on the maps</source>
        <translation>Buurtnamen op de kaarten zetten</translation>
    </message>
    <message>
        <source>Buurt name field (empty: &apos;naam&apos;)</source>
        <translation>Veld met buurtnamen (leeg: &apos;naam&apos;)</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Paginaformaat</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Oriëntatie</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Resolution (dots per inch)</source>
        <translation>Resolutie (punten per inch)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message>
        <source>Pages rendered</source>
        <translation>Gemaakte pagina&apos;s</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>MAPS: &apos;%1&apos; needs the field &apos;%2&apos;, which INPUT does not have; expected the output of &apos;Resilience maps&apos;.</source>
        <translation>MAPS: &apos;%1&apos; heeft het veld &apos;%2&apos; nodig, dat INPUT niet heeft; verwacht werd de uitvoer van &apos;Veerkrachtkaarten&apos;.</translation>
    </message>
    <message>
        <source>MAPS: INPUT has none of the map class fields (sign_abs_klasse, focus_klasse, …); expected the output of &apos;Resilience maps&apos;.</source>
        <translation>MAPS: INPUT heeft geen van de klassevelden van de kaarten (sign_abs_klasse, focus_klasse, …); verwacht werd de uitvoer van &apos;Veerkrachtkaarten&apos;.</translation>
    </message>
    <message>
        <source>CODE_FIELD: INPUT has no buurt code field; expected a field such as statcode or buurtcode.</source>
        <translation>CODE_FIELD: INPUT heeft geen veld met buurtcodes; verwacht werd een veld zoals statcode of buurtcode.</translation>
    </message>
    <message>
        <source>CODE_FIELD: no buurt or wijk code in &apos;%1&apos; gives a gemeente; expected codes such as BU03440114.</source>
        <translation>CODE_FIELD: geen buurt- of wijkcode in &apos;%1&apos; geeft een gemeente; verwacht werden codes zoals BU03440114.</translation>
    </message>
    <message>
        <source>GEMEENTE: INPUT has no buurt of %1; expected a gemeente code such as GM0344.</source>
        <translation>GEMEENTE: INPUT heeft geen buurt van %1; verwacht werd een gemeentecode zoals GM0344.</translation>
    </message>
    <message>
        <source>GEMEENTE: INPUT has no buurt of %1.</source>
        <translation>GEMEENTE: INPUT heeft geen buurt van %1.</translation>
    </message>
    <message>
        <source>NAME_FIELD: INPUT has no field &apos;%1&apos; for the buurt labels.</source>
        <translation>NAME_FIELD: INPUT heeft geen veld &apos;%1&apos; voor de buurtlabels.</translation>
    </message>
    <message>
        <source>Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie; bewerking Veerkracht %1 · %2</source>
        <translation>Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie; bewerking Veerkracht %1 · %2</translation>
    </message>
    <message>
        <source>Veerkrachtkaarten per buurt</source>
        <translation>Veerkrachtkaarten per buurt</translation>
    </message>
    <message>
        <source>Veerkrachtkaarten per buurt, periode %1</source>
        <translation>Veerkrachtkaarten per buurt, periode %1</translation>
    </message>
    <message>
        <source>Legenda (aantal buurten)</source>
        <translation>Legenda (aantal buurten)</translation>
    </message>
    <message>
        <source>OUTPUT_FOLDER: cannot write &apos;%1&apos;.</source>
        <translation>OUTPUT_FOLDER: kan &apos;%1&apos; niet schrijven.</translation>
    </message>
    <message>
        <source>OUTPUT_FOLDER: cannot write &apos;%1&apos;: %2</source>
        <translation>OUTPUT_FOLDER: kan &apos;%1&apos; niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1: %2 maps → %3</source>
        <translation>%1: %2 kaarten → %3</translation>
    </message>
    <message>
        <source>INPUT looks like a Shapefile whose field names were cut to 10 characters: %1 of %2 maps cannot be drawn (%3). Write &apos;Resilience maps&apos; to a GeoPackage (.gpkg), which keeps the names.</source>
        <translation>INPUT lijkt een Shapefile waarvan de veldnamen tot 10 tekens zijn ingekort: %1 van de %2 kaarten kunnen niet worden getekend (%3). Schrijf &apos;Veerkrachtkaarten&apos; naar een GeoPackage (.gpkg), dat de namen behoudt.</translation>
    </message>
    <message>
        <source>Not drawn, as INPUT has no class field for them: %1.</source>
        <translation>Niet getekend, omdat INPUT er geen klasseveld voor heeft: %1.</translation>
    </message>
    <message>
        <source>Background layers (beneath the map)</source>
        <translation>Achtergrondlagen (onder de kaart)</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Renders the veerkrachtkaarten of INPUT (the output of &apos;Resilience maps&apos;) for the table: per gemeente, every map as a PNG and all of them as one multi-page PDF, each page with the map&apos;s title, the gemeente and PERIOD, a legend with the number of buurten per class, a scale bar, a north arrow, the sources and the date.

MAPS chooses the maps (empty: every map INPUT has the class field of). GEMEENTE limits the set to some gemeenten (e.g. GM0344 or GM0344,GM0363; empty: every gemeente in the layer, from the buurt codes); AREA_NAME names a single gemeente in the titles. Pages render one at a time: for a large atlas, run several processes at once, each with its own GEMEENTE list, into one folder. LABELS writes the buurt names (NAME_FIELD) on the maps; BACKGROUND adds your own layers beneath (nothing is fetched from the internet).

Files in OUTPUT_FOLDER sort by gemeente and map number: GM0344_07_signaleringskaart_absoluut.png, …, GM0344_veerkrachtkaarten.pdf. Pages are A4 or A3, landscape or portrait, at DPI dots per inch. They appear in OUTPUT_FOLDER only when every page is written; veerkracht-manifest.json, written last, lists them (a set without it is incomplete).

&lt;b&gt;The film.&lt;/b&gt; Given the long layer of &apos;Time series (the film)&apos; (OUTPUT_LONG), it writes per gemeente one landscape sheet with the signaleringskaart of every period side by side and one legend (GM0344_film_07_signaleringskaart_absoluut.png and .pdf), and an animated GIF with one frame per period, the period written large on it (GM0344_film.gif, FRAME_WIDTH pixels wide, FRAME_SECONDS per period). Each map shows its period through the layer&apos;s temporal properties, as QGIS&apos;s Temporal Controller does.</source>
        <translation>Maakt de veerkrachtkaarten van INPUT (de uitvoer van &apos;Veerkrachtkaarten&apos;) klaar voor tafel: per gemeente elke kaart als PNG en alle kaarten samen als één PDF met meerdere pagina&apos;s, elke pagina met de titel van de kaart, de gemeente en PERIOD, een legenda met het aantal buurten per klasse, een schaalbalk, een noordpijl, de bronnen en de datum.

MAPS kiest de kaarten (leeg: elke kaart waarvan INPUT het klasseveld heeft). GEMEENTE beperkt de set tot enkele gemeenten (bijv. GM0344 of GM0344,GM0363; leeg: elke gemeente in de laag, afgeleid uit de buurtcodes); AREA_NAME geeft de naam van één gemeente in de titels. Pagina&apos;s worden één voor één gemaakt: draai voor een grote atlas meerdere processen tegelijk, elk met een eigen GEMEENTE-lijst, in één map. LABELS zet de buurtnamen (NAME_FIELD) op de kaarten; BACKGROUND voegt uw eigen lagen eronder toe (er wordt niets van internet gehaald).

Bestanden in OUTPUT_FOLDER sorteren op gemeente en kaartnummer: GM0344_07_signaleringskaart_absoluut.png, …, GM0344_veerkrachtkaarten.pdf. Pagina&apos;s zijn A4 of A3, liggend of staand, met DPI punten per inch. Ze verschijnen pas in OUTPUT_FOLDER als elke pagina geschreven is; veerkracht-manifest.json, als laatste geschreven, somt ze op (een set zonder is niet compleet).

&lt;b&gt;De film.&lt;/b&gt; Met de lange laag van &apos;Tijdreeks (de film)&apos; (OUTPUT_LONG) schrijft het per gemeente één liggend vel met de signaleringskaart van elke periode naast elkaar en één legenda (GM0344_film_07_signaleringskaart_absoluut.png en .pdf), en een geanimeerde GIF met één beeld per periode, de periode groot erop (GM0344_film.gif, FRAME_WIDTH pixels breed, FRAME_SECONDS per periode). Elke kaart toont zijn periode via de tijdinstellingen van de laag, zoals het tijdbeheer (Temporal Controller) van QGIS dat doet.</translation>
    </message>
    <message>
        <source>The film: width of the animation (pixels)</source>
        <translation>De film: breedte van de animatie (pixels)</translation>
    </message>
    <message>
        <source>The film: seconds per period in the animation</source>
        <translation>De film: seconden per periode in de animatie</translation>
    </message>
    <message>
        <source>MAPS: the film (a layer with periode, datum and datum_tot) is drawn as map 7, which INPUT lacks; expected OUTPUT_LONG of &apos;Time series (the film)&apos;.</source>
        <translation>MAPS: de film (een laag met periode, datum en datum_tot) wordt getekend als kaart 7, die INPUT niet heeft; verwacht OUTPUT_LONG van &apos;Tijdreeks (de film)&apos;.</translation>
    </message>
    <message>
        <source>INPUT is the film: per gemeente one sheet with a map per period and one animation.</source>
        <translation>INPUT is de film: per gemeente één vel met een kaart per periode en één animatie.</translation>
    </message>
    <message>
        <source>Signaleringskaart per periode</source>
        <translation>Signaleringskaart per periode</translation>
    </message>
    <message>
        <source>INPUT: the film of %1 has no date in &apos;%2&apos;; expected OUTPUT_LONG of &apos;Time series (the film)&apos;.</source>
        <translation>INPUT: de film van %1 heeft geen datum in &apos;%2&apos;; verwacht OUTPUT_LONG van &apos;Tijdreeks (de film)&apos;.</translation>
    </message>
    <message>
        <source>%1: the film over %2 periods → %3 and %4</source>
        <translation>%1: de film over %2 perioden → %3 en %4</translation>
    </message>
    <message>
        <source>INPUT: the areas of %1 have no extent (width or height 0); expected polygons.</source>
        <translation>INPUT: de gebieden van %1 hebben geen omvang (breedte of hoogte 0); verwacht polygonen.</translation>
    </message>
</context>
<context>
    <name>KwetsbaarheidAlgorithm</name>
    <message>
        <source>Vulnerable residents (K)</source>
        <translation>Kwetsbare bewoners (K)</translation>
    </message>
    <message>
        <source>kwetsbaarheid,kwetsbare bewoners,K,index,bijstand,laag inkomen,standaardisatie,zscore</source>
        <translation>kwetsbaarheid,kwetsbare bewoners,K,index,bijstand,laag inkomen,standaardisatie,zscore</translation>
    </message>
    <message>
        <source>K per area: the concentration of vulnerable residents, from indicator fields at one or two moments.</source>
        <translation>K per gebied: de concentratie van kwetsbare bewoners, uit indicatorvelden op één of twee momenten.</translation>
    </message>
    <message>
        <source>Computes K, the concentration of vulnerable residents, per area for one or two moments (t0, t1), and writes it as k_t0 and k_t1 (FIELD_PREFIX). Higher K means more vulnerable residents.

Typical indicators from the CBS Kerncijfers: persons with bijstand per 1000 inhabitants (a_soz_wb with denominator a_inw), the share of one-person households, of households with a low income (p_hh_li) or around the social minimum (p_hh_osm).

</source>
        <translation>Berekent K, de concentratie van kwetsbare bewoners, per gebied voor één of twee momenten (t0, t1), en schrijft die als k_t0 en k_t1 (FIELD_PREFIX). Een hogere K betekent meer kwetsbare bewoners.

Gebruikelijke indicatoren uit de CBS Kerncijfers: personen met bijstand per 1000 inwoners (a_soz_wb met noemer a_inw), het aandeel eenpersoonshuishoudens, huishoudens met een laag inkomen (p_hh_li) of rond het sociaal minimum (p_hh_osm).

</translation>
    </message>
</context>
<context>
    <name>OntwikkelingAlgorithm</name>
    <message>
        <source>Development of K and O (maps 3 and 5)</source>
        <translation>Ontwikkeling van K en O (kaart 3 en 5)</translation>
    </message>
    <message>
        <source>ontwikkeling,verandering,delta,toename,afname,dode zone,dead band,kaart 3,kaart 5</source>
        <translation>ontwikkeling,verandering,delta,toename,afname,dode zone,dead band,kaart 3,kaart 5</translation>
    </message>
    <message>
        <source>ΔK and ΔO per area in five development classes, with a dead band around zero.</source>
        <translation>ΔK en ΔO per gebied in vijf ontwikkelingsklassen, met een dode zone rond nul.</translation>
    </message>
    <message>
        <source>Computes the change of vulnerable residents ΔK = K(t1) − K(t0) and of nuisance and unsafety ΔO = O(t1) − O(t0) (fields delta_k, delta_o) and classes each in five (map 3 &apos;Ontwikkeling kwetsbare bewoners&apos;, map 5 &apos;Ontwikkeling overlast en onveiligheid&apos;), with a Dutch label beside each class field:
1 sterke afname (Δ &lt; −sd) · 2 afname (−sd ≤ Δ &lt; −ε) · 3 stabiel (−ε ≤ Δ ≤ ε) · 4 toename (ε &lt; Δ ≤ sd) · 5 sterke toename (Δ &gt; sd) · 0 onvoldoende gegevens.
sd is the sample standard deviation of Δ over the reference set; the dead band ε = DEAD_BAND × sd (default 0.25), so that small changes count as stable.

An area with fewer inhabitants than MIN_INWONERS (default 100; INHABITANTS_FIELD, the t1 value) or without K or O at either moment gets &apos;onvoldoende gegevens&apos; (field onvoldoende = 1) and is left out of the sd.

Inputs are usually the output of &apos;Vulnerable residents (K)&apos; and &apos;Nuisance and unsafety (O)&apos; (k_t0, k_t1, o_t0, o_t1). Method: docs/method.md (specification.md §4, maps 3 and 5).</source>
        <translation>Berekent de verandering van kwetsbare bewoners ΔK = K(t1) − K(t0) en van overlast en onveiligheid ΔO = O(t1) − O(t0) (velden delta_k, delta_o) en deelt elk in vijf klassen in (kaart 3 &apos;Ontwikkeling kwetsbare bewoners&apos;, kaart 5 &apos;Ontwikkeling overlast en onveiligheid&apos;), met een Nederlands label naast elk klasseveld:
1 sterke afname (Δ &lt; −sd) · 2 afname (−sd ≤ Δ &lt; −ε) · 3 stabiel (−ε ≤ Δ ≤ ε) · 4 toename (ε &lt; Δ ≤ sd) · 5 sterke toename (Δ &gt; sd) · 0 onvoldoende gegevens.
sd is de steekproefstandaardafwijking van Δ over de referentieset; de dode zone ε = DEAD_BAND × sd (standaard 0,25), zodat kleine veranderingen als stabiel gelden.

Een gebied met minder inwoners dan MIN_INWONERS (standaard 100; INHABITANTS_FIELD, de waarde op t1) of zonder K of O op een van beide momenten krijgt &apos;onvoldoende gegevens&apos; (veld onvoldoende = 1) en telt niet mee voor de sd.

De invoer is meestal de uitvoer van &apos;Kwetsbare bewoners (K)&apos; en &apos;Overlast en onveiligheid (O)&apos; (k_t0, k_t1, o_t0, o_t1). Methode: docs/method.md (specification.md §4, kaart 3 en 5).</translation>
    </message>
    <message>
        <source>K at t0</source>
        <translation>K op t0</translation>
    </message>
    <message>
        <source>K at t1</source>
        <translation>K op t1</translation>
    </message>
    <message>
        <source>O at t0</source>
        <translation>O op t0</translation>
    </message>
    <message>
        <source>O at t1</source>
        <translation>O op t1</translation>
    </message>
    <message>
        <source>Areas with their development</source>
        <translation>Gebieden met hun ontwikkeling</translation>
    </message>
    <message>
        <source>Dead band ε of ΔK</source>
        <translation>Dode zone ε van ΔK</translation>
    </message>
    <message>
        <source>Dead band ε of ΔO</source>
        <translation>Dode zone ε van ΔO</translation>
    </message>
    <message>
        <source>sd of ΔK</source>
        <translation>sd van ΔK</translation>
    </message>
    <message>
        <source>sd of ΔO</source>
        <translation>sd van ΔO</translation>
    </message>
    <message>
        <source>Areas with onvoldoende gegevens</source>
        <translation>Gebieden met onvoldoende gegevens</translation>
    </message>
    <message>
        <source>%1/%2 (ΔK)</source>
        <translation>%1/%2 (ΔK)</translation>
    </message>
    <message>
        <source>%1/%2 (ΔO)</source>
        <translation>%1/%2 (ΔO)</translation>
    </message>
    <message>
        <source>ΔK: sd %1, dead band ε %2 (n = %3). Map 3: %4</source>
        <translation>ΔK: sd %1, dode zone ε %2 (n = %3). Kaart 3: %4</translation>
    </message>
    <message>
        <source>ΔO: sd %1, dead band ε %2 (n = %3). Map 5: %4</source>
        <translation>ΔO: sd %1, dode zone ε %2 (n = %3). Kaart 5: %4</translation>
    </message>
</context>
<context>
    <name>OverlastAlgorithm</name>
    <message>
        <source>Nuisance and unsafety (O)</source>
        <translation>Overlast en onveiligheid (O)</translation>
    </message>
    <message>
        <source>overlast,onveiligheid,O,leefbaarometer,onv,misdrijven,index,standaardisatie</source>
        <translation>overlast,onveiligheid,O,leefbaarometer,onv,misdrijven,index,standaardisatie</translation>
    </message>
    <message>
        <source>O per area: nuisance and unsafety, from any nuisance field at one or two moments (higher is worse).</source>
        <translation>O per gebied: overlast en onveiligheid, uit elk overlastveld op één of twee momenten (hoger is slechter).</translation>
    </message>
    <message>
        <source>Computes O, nuisance and unsafety, per area for one or two moments, and writes it as o_t0 and o_t1 (FIELD_PREFIX). As for K, higher O is worse.

The default is the Leefbaarometer dimension &apos;overlast en onveiligheid&apos; (onv, e.g. onv_2020 → onv_2024 after &apos;Prepare input data&apos;). onv is higher where it is &lt;i&gt;safer&lt;/i&gt;, so its DIRECTIONS default is -1 (O = −onv). For registered crime per 1000 inhabitants or complaint counts, use direction 1. With FIELD_PREFIX &apos;e&apos; the same algorithm gives the experienced nuisance of a survey (map 6).

</source>
        <translation>Berekent O, overlast en onveiligheid, per gebied voor één of twee momenten, en schrijft die als o_t0 en o_t1 (FIELD_PREFIX). Net als bij K is een hogere O slechter.

Standaard is dat de Leefbaarometer-dimensie &apos;overlast en onveiligheid&apos; (onv, bijv. onv_2020 → onv_2024 na &apos;Gegevens voorbereiden&apos;). onv is hoger waar het &lt;i&gt;veiliger&lt;/i&gt; is, daarom is de standaardrichting (DIRECTIONS) -1 (O = −onv). Gebruik richting 1 voor geregistreerde misdrijven per 1000 inwoners of aantallen klachten. Met FIELD_PREFIX &apos;e&apos; geeft hetzelfde algoritme de ervaren overlast uit een enquête (kaart 6).

</translation>
    </message>
</context>
<context>
    <name>PrepareerAlgorithm</name>
    <message>
        <source>INPUT says its CRS is %1; its coordinates are taken to be in %2 (INPUT_CRS).</source>
        <translation>INPUT zegt dat het CRS %1 is; de coördinaten worden gelezen als %2 (INPUT_CRS).</translation>
    </message>
    <message>
        <source>INPUT has no CRS; its coordinates (%1) are longitude/latitude, taken as EPSG:4326. Set INPUT_CRS if that is wrong.</source>
        <translation>INPUT heeft geen CRS; de coördinaten (%1) zijn lengte/breedte en worden gelezen als EPSG:4326. Zet INPUT_CRS als dat niet klopt.</translation>
    </message>
    <message>
        <source>INPUT has no CRS; its coordinates (%1) are RD New, taken as EPSG:28992. Set INPUT_CRS if that is wrong.</source>
        <translation>INPUT heeft geen CRS; de coördinaten (%1) zijn RD New en worden gelezen als EPSG:28992. Zet INPUT_CRS als dat niet klopt.</translation>
    </message>
    <message>
        <source>INPUT_CRS: the area layer has no CRS and its coordinates (%1) are neither longitude/latitude nor RD New; expected INPUT_CRS to say which CRS they are in.</source>
        <translation>INPUT_CRS: de gebiedenlaag heeft geen CRS en de coördinaten (%1) zijn lengte/breedte noch RD New; verwacht werd dat INPUT_CRS zegt in welk CRS ze staan.</translation>
    </message>
    <message>
        <source>INPUT says its CRS is %1, but its coordinates (%2) look like RD New and would lie outside the Netherlands in %1. If the layer is mislabelled, set INPUT_CRS to EPSG:28992.</source>
        <translation>INPUT zegt dat het CRS %1 is, maar de coördinaten (%2) lijken RD New en zouden in %1 buiten Nederland liggen. Zet INPUT_CRS op EPSG:28992 als de laag een verkeerd label heeft.</translation>
    </message>
    <message>
        <source>INPUT says its CRS is %1, but its coordinates (%2) cannot be transformed from it; set INPUT_CRS if the layer is mislabelled.</source>
        <translation>INPUT zegt dat het CRS %1 is, maar de coördinaten (%2) kunnen daaruit niet worden omgezet; zet INPUT_CRS als de laag een verkeerd label heeft.</translation>
    </message>
    <message>
        <source>Prepare input data</source>
        <translation>Gegevens voorbereiden</translation>
    </message>
    <message>
        <source>join,table,cbs,kwb,kerncijfers,leefbaarometer,buurt,buurtcode,pivot,voorbereiden,gegevens</source>
        <translation>koppelen,join,tabel,cbs,kwb,kerncijfers,leefbaarometer,buurt,buurtcode,draaien,pivot,voorbereiden,gegevens</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Joins CBS, Leefbaarometer and own tables onto the buurten by area code, as one clean layer in RD New.</source>
        <translation>Koppelt CBS-, Leefbaarometer- en eigen tabellen op gebiedscode aan de buurten, als één schone laag in RD New.</translation>
    </message>
    <message>
        <source>Area layer (buurten)</source>
        <translation>Gebiedenlaag (buurten)</translation>
    </message>
    <message>
        <source>Area code field (empty: detect)</source>
        <translation>Veld met gebiedscodes (leeg: herkennen)</translation>
    </message>
    <message>
        <source>Area name field (empty: detect, or take from the tables)</source>
        <translation>Veld met gebiedsnamen (leeg: herkennen, of uit de tabellen halen)</translation>
    </message>
    <message>
        <source>Tables to join (CSV, XLSX, GeoPackage, layers)</source>
        <translation>Te koppelen tabellen (CSV, XLSX, GeoPackage, lagen)</translation>
    </message>
    <message>
        <source>Code field per table, comma-separated in the order of the tables (empty: detect)</source>
        <translation>Codeveld per tabel, kommagescheiden in de volgorde van de tabellen (leeg: herkennen)</translation>
    </message>
    <message>
        <source>Suffix per table for its field names, comma-separated (e.g. _2021,_2023)</source>
        <translation>Achtervoegsel per tabel voor de veldnamen, kommagescheiden (bijv. _2021,_2023)</translation>
    </message>
    <message>
        <source>Fields to take, comma-separated (empty: all numeric-looking fields)</source>
        <translation>Over te nemen velden, kommagescheiden (leeg: alle velden die numeriek ogen)</translation>
    </message>
    <message>
        <source>Year field of long tables (pivoted to one field per year)</source>
        <translation>Jaarveld van lange tabellen (gedraaid naar één veld per jaar)</translation>
    </message>
    <message>
        <source>Years to keep from long tables, comma-separated (empty: all)</source>
        <translation>Te bewaren jaren uit lange tabellen, kommagescheiden (leeg: alle)</translation>
    </message>
    <message>
        <source>Decimal separator of text numbers</source>
        <translation>Decimaalteken van tekstgetallen</translation>
    </message>
    <message>
        <source>Detect per table</source>
        <translation>Per tabel herkennen</translation>
    </message>
    <message>
        <source>Point (1.9)</source>
        <translation>Punt (1.9)</translation>
    </message>
    <message>
        <source>Comma (1,9)</source>
        <translation>Komma (1,9)</translation>
    </message>
    <message>
        <source>Extra missing-value markers, comma-separated</source>
        <translation>Extra markeringen voor ontbrekende waarden, kommagescheiden</translation>
    </message>
    <message>
        <source>CRS of the area layer&apos;s coordinates (empty: as the layer says; set it when that is missing or wrong)</source>
        <translation>CRS van de coördinaten van de gebiedenlaag (leeg: wat de laag zegt; zet het als dat ontbreekt of niet klopt)</translation>
    </message>
    <message>
        <source>Output CRS</source>
        <translation>CRS van de uitvoer</translation>
    </message>
    <message>
        <source>Prepared areas</source>
        <translation>Voorbereide gebieden</translation>
    </message>
    <message>
        <source>Areas written</source>
        <translation>Geschreven gebieden</translation>
    </message>
    <message>
        <source>Fields joined</source>
        <translation>Gekoppelde velden</translation>
    </message>
    <message>
        <source>Areas without a row in any table</source>
        <translation>Gebieden zonder rij in een tabel</translation>
    </message>
    <message>
        <source>Invalid polygons repaired</source>
        <translation>Gerepareerde ongeldige polygonen</translation>
    </message>
    <message>
        <source>CODE_FIELD: the area layer has no field &apos;%1&apos;; its fields are: %2.</source>
        <translation>CODE_FIELD: de gebiedenlaag heeft geen veld &apos;%1&apos;; de velden zijn: %2.</translation>
    </message>
    <message>
        <source>CODE_FIELD: the area layer has no area code field; expected one of %1 or a text field of CBS codes (BU…, WK…, GM…), or choose it in CODE_FIELD.</source>
        <translation>CODE_FIELD: de gebiedenlaag heeft geen veld met gebiedscodes; verwacht werd een van %1 of een tekstveld met CBS-codes (BU…, WK…, GM…), of kies het in CODE_FIELD.</translation>
    </message>
    <message>
        <source>TABLES: no table given; expected at least one table to join.</source>
        <translation>TABLES: geen tabel gegeven; verwacht werd ten minste één te koppelen tabel.</translation>
    </message>
    <message>
        <source>TABLE_CODE_FIELDS names %1 code fields for %2 tables; expected at most one per table, in the order of TABLES.</source>
        <translation>TABLE_CODE_FIELDS noemt %1 codevelden voor %2 tabellen; verwacht werd ten hoogste één per tabel, in de volgorde van TABLES.</translation>
    </message>
    <message>
        <source>TABLE_SUFFIXES gives %1 suffixes for %2 tables; expected at most one per table, in the order of TABLES.</source>
        <translation>TABLE_SUFFIXES geeft %1 achtervoegsels voor %2 tabellen; verwacht werd ten hoogste één per tabel, in de volgorde van TABLES.</translation>
    </message>
    <message>
        <source>YEARS: &apos;%1&apos; is not a year; expected whole years separated by commas, e.g. 2020,2024.</source>
        <translation>YEARS: &apos;%1&apos; is geen jaartal; verwacht werden hele jaren gescheiden door komma&apos;s, bijv. 2020,2024.</translation>
    </message>
    <message>
        <source>TARGET_CRS: not a valid coordinate reference system; expected e.g. EPSG:28992.</source>
        <translation>TARGET_CRS: geen geldig coördinatenstelsel; verwacht werd bijv. EPSG:28992.</translation>
    </message>
    <message>
        <source>TABLES: &apos;%1&apos; is not a table or vector layer.</source>
        <translation>TABLES: &apos;%1&apos; is geen tabel of vectorlaag.</translation>
    </message>
    <message>
        <source>Reading table &apos;%1&apos;…</source>
        <translation>Tabel &apos;%1&apos; lezen…</translation>
    </message>
    <message>
        <source>NAME_FIELD: the area layer has a field &apos;naam&apos; that is not its name; choose the name field in NAME_FIELD.</source>
        <translation>NAME_FIELD: de gebiedenlaag heeft een veld &apos;naam&apos; dat niet de naam is; kies het naamveld in NAME_FIELD.</translation>
    </message>
    <message>
        <source>the area layer</source>
        <translation>de gebiedenlaag</translation>
    </message>
    <message>
        <source>TABLE_SUFFIXES: the field &apos;%1&apos; of table &apos;%2&apos; already comes from %3; expected a suffix per table, e.g. &apos;_2021,_2023&apos;, or fewer FIELDS.</source>
        <translation>TABLE_SUFFIXES: het veld &apos;%1&apos; van tabel &apos;%2&apos; komt al uit %3; verwacht werd een achtervoegsel per tabel, bijv. &apos;_2021,_2023&apos;, of minder FIELDS.</translation>
    </message>
    <message>
        <source>CODE_FIELD: the area layer has duplicate codes in &apos;%1&apos;: %2. Expected one polygon per area code; dissolve the parts first.</source>
        <translation>CODE_FIELD: de gebiedenlaag heeft dubbele codes in &apos;%1&apos;: %2. Verwacht werd één polygoon per gebiedscode; voeg de delen eerst samen.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; (code field &apos;%2&apos;, decimal %3%4): %5 of %6 areas matched, %7 field(s) joined.</source>
        <translation>Tabel &apos;%1&apos; (codeveld &apos;%2&apos;, decimaal %3%4): %5 van %6 gebieden gekoppeld, velden overgenomen: %7.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punt</translation>
    </message>
    <message>
        <source>, one field per year</source>
        <translation>, één veld per jaar</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>object %1</translation>
    </message>
    <message>
        <source>Repaired the invalid polygon of %1.</source>
        <translation>De ongeldige polygoon van %1 is gerepareerd.</translation>
    </message>
    <message>
        <source>INPUT: the polygon of %1 cannot be transformed to %2 (%3); expected coordinates valid in the layer&apos;s CRS.</source>
        <translation>INPUT: de polygoon van %1 kan niet naar %2 worden omgezet (%3); verwacht werden coördinaten die geldig zijn in het CRS van de laag.</translation>
    </message>
    <message>
        <source>Wrote %1 areas with %2 joined field(s) in %3.</source>
        <translation>Gebieden geschreven: %1, gekoppelde velden: %2, in %3.</translation>
    </message>
    <message>
        <source>INPUT: its coordinates (%1) are latitude/longitude with the axes swapped: x holds the latitudes of the Netherlands and y its longitudes, which in %2 lie off Somalia. Expected x = longitude, y = latitude: swap the X and Y coordinates of the layer first, or export it again with longitude first.</source>
        <translation>INPUT: de coördinaten (%1) zijn breedte/lengte met verwisselde assen: x bevat de breedtegraden van Nederland en y de lengtegraden, die in %2 voor de kust van Somalië liggen. Verwacht werd x = lengte, y = breedte: verwissel eerst de X- en Y-coördinaten van de laag, of exporteer hem opnieuw met de lengte eerst.</translation>
    </message>
    <message>
        <source>Joins one or more attribute tables (CSV, XLSX, GeoPackage or any layer&apos;s attribute table) onto an area layer by area code, and writes one clean layer in RD New (EPSG:28992) for the veerkracht model.

&lt;b&gt;Codes&lt;/b&gt; are compared trimmed and in upper case; a number without prefix (3440111, as a spreadsheet leaves it) becomes a buurt code (BU03440111) with a warning. Duplicate codes in a table are an error.

&lt;b&gt;Numbers&lt;/b&gt; written as text are converted with the table&apos;s own decimal convention (1.9 or 1,9; detected, or set with DECIMAL_SEPARATOR). Every missing-value marker — empty, &apos;.&apos;, &apos;NA&apos;, the CBS sentinels -99999999 … -99999995, -99997, -99998, -99995 and any in MISSING_VALUES — becomes NULL, never 0.

&lt;b&gt;Long tables&lt;/b&gt; such as the Leefbaarometer (one row per code and year) are pivoted when they have the YEAR_FIELD (default &apos;jaar&apos;): &apos;onv&apos; of 2020 becomes &apos;onv_2020&apos;. YEARS keeps only the listed years.

&lt;b&gt;Fields&lt;/b&gt;: by default every numeric-looking field of every table; FIELDS names the ones to take. When two tables have a field of the same name (two KWB years), give TABLE_SUFFIXES, e.g. &apos;_2021,_2023&apos;. TABLE_CODE_FIELDS names each table&apos;s code field in the order of TABLES; leave an entry empty to detect it (gwb_code, bu_code, statcode, …).

&lt;b&gt;Coordinates&lt;/b&gt; are transformed to TARGET_CRS (default RD New). A layer without CRS is read as longitude/latitude or RD New by its coordinates; a layer whose CRS is wrong (RD coordinates labelled otherwise) is reported; INPUT_CRS overrides what the layer says.

&lt;b&gt;Tables as downloaded&lt;/b&gt;: a CBS OData JSON file ({&quot;value&quot;: […]}) is read as a table; title rows above a spreadsheet&apos;s header are found and skipped. In a &apos;;&apos;-separated (Dutch) table, a column of whole numbers such as 1.810 is read with thousands points (1810); in other tables such a column is refused as ambiguous until DECIMAL_SEPARATOR says which it is. A value above 10^15 or NaN is refused with its field and row. A field with a value that is no number is not taken unless named in FIELDS: the log and DROPPED_FIELDS say which and why. TEXT_FIELDS carries text fields such as wijkcode (for GROUP_FIELD) as they are.

A table that matches no area at all is an error. Only polygons are taken: a point or line among the areas is an error that names it. Swapped latitude/longitude is detected and refused.

Invalid polygons are repaired and counted. The output keeps the area layer&apos;s fields, with a &apos;naam&apos; field taken from the tables when the area layer has no name. The log lists matches per table, codes without an area, areas without a match and the values that became NULL. Inputs are never modified.</source>
        <translation>Koppelt een of meer attribuuttabellen (CSV, XLSX, GeoPackage of de attribuuttabel van een laag) op gebiedscode aan een gebiedenlaag, en schrijft één schone laag in RD New (EPSG:28992) voor het veerkrachtmodel.

&lt;b&gt;Codes&lt;/b&gt; worden zonder spaties en in hoofdletters vergeleken; een getal zonder voorvoegsel (3440111, zoals een spreadsheet het achterlaat) wordt een buurtcode (BU03440111), met een waarschuwing. Dubbele codes in een tabel zijn een fout.

&lt;b&gt;Getallen&lt;/b&gt; die als tekst zijn geschreven, worden omgezet met de decimaalnotatie van de tabel zelf (1.9 of 1,9; herkend, of in te stellen met DECIMAL_SEPARATOR). Elke markering voor een ontbrekende waarde — leeg, &apos;.&apos;, &apos;NA&apos;, de CBS-waarden -99999999 … -99999995, -99997, -99998, -99995 en elke waarde in MISSING_VALUES — wordt NULL, nooit 0.

&lt;b&gt;Lange tabellen&lt;/b&gt; zoals de Leefbaarometer (één rij per code en jaar) worden gedraaid als ze het YEAR_FIELD hebben (standaard &apos;jaar&apos;): &apos;onv&apos; van 2020 wordt &apos;onv_2020&apos;. YEARS houdt alleen de genoemde jaren.

&lt;b&gt;Velden&lt;/b&gt;: standaard elk veld van elke tabel dat numeriek oogt; FIELDS noemt de velden die u wilt. Als twee tabellen een veld met dezelfde naam hebben (twee KWB-jaren), geef dan TABLE_SUFFIXES, bijv. &apos;_2021,_2023&apos;. TABLE_CODE_FIELDS noemt het codeveld van elke tabel in de volgorde van TABLES; laat een item leeg om het te herkennen (gwb_code, bu_code, statcode, …).

&lt;b&gt;Coördinaten&lt;/b&gt; worden omgezet naar TARGET_CRS (standaard RD New). Een laag zonder CRS wordt aan de hand van de coördinaten gelezen als lengte/breedte of RD New; een laag met een verkeerd CRS (RD-coördinaten met een ander label) wordt gemeld; INPUT_CRS gaat boven wat de laag zegt.

&lt;b&gt;Tabellen zoals gedownload&lt;/b&gt;: een CBS OData-JSON-bestand ({&quot;value&quot;: […]}) wordt als tabel gelezen; titelrijen boven de kop van een spreadsheet worden gevonden en overgeslagen. In een tabel met &apos;;&apos; (Nederlands) wordt een kolom gehele getallen zoals 1.810 gelezen met duizendtalpunten (1810); in andere tabellen wordt zo&apos;n kolom als dubbelzinnig geweigerd tot DECIMAL_SEPARATOR zegt wat het is. Een waarde boven 10^15 of NaN wordt geweigerd, met veld en rij. Een veld met een waarde die geen getal is, wordt niet overgenomen tenzij het in FIELDS staat: het logboek en DROPPED_FIELDS zeggen welk en waarom. TEXT_FIELDS neemt tekstvelden zoals wijkcode (voor GROUP_FIELD) over zoals ze zijn.

Een tabel die met geen enkel gebied overeenkomt, is een fout. Alleen polygonen worden overgenomen: een punt of lijn tussen de gebieden is een fout die hem noemt. Verwisselde breedte/lengte wordt herkend en geweigerd.

Ongeldige polygonen worden gerepareerd en geteld. De uitvoer houdt de velden van de gebiedenlaag, met een veld &apos;naam&apos; uit de tabellen als de gebiedenlaag geen naam heeft. Het logboek noemt de koppelingen per tabel, codes zonder gebied, gebieden zonder koppeling en de waarden die NULL werden. De invoer wordt nooit gewijzigd.</translation>
    </message>
    <message>
        <source>Text fields to carry as they are, comma-separated (e.g. wijkcode)</source>
        <translation>Tekstvelden om over te nemen zoals ze zijn, kommagescheiden (bijv. wijkcode)</translation>
    </message>
    <message>
        <source>Values turned into NULL (missing-value markers and empty cells)</source>
        <translation>Waarden die NULL werden (markeringen voor ontbrekende waarden en lege cellen)</translation>
    </message>
    <message>
        <source>Fields not taken because a value is no number (table:field, comma-separated)</source>
        <translation>Velden die niet zijn overgenomen omdat een waarde geen getal is (tabel:veld, kommagescheiden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a CBS OData table: %2 rows, %3 fields.</source>
        <translation>&apos;%1&apos; is een CBS OData-tabel: %2 rijen, %3 velden.</translation>
    </message>
    <message>
        <source>TABLES: cannot open &apos;%1&apos;; expected a table readable by GDAL/OGR (CSV, XLSX, GeoPackage, …), a CBS OData JSON file or a loaded layer.</source>
        <translation>TABLES: kan &apos;%1&apos; niet openen; verwacht werd een tabel die GDAL/OGR kan lezen (CSV, XLSX, GeoPackage, …), een CBS OData-JSON-bestand of een geladen laag.</translation>
    </message>
    <message>
        <source>%1: no table has a field &apos;%2&apos;; expected a field name of one of the tables.</source>
        <translation>%1: geen tabel heeft een veld &apos;%2&apos;; verwacht werd een veldnaam van een van de tabellen.</translation>
    </message>
    <message>
        <source>TEXT_FIELDS: the field &apos;%1&apos; of table &apos;%2&apos; already comes from %3; expected it once (the area layer&apos;s fields are kept), or a suffix per table in TABLE_SUFFIXES.</source>
        <translation>TEXT_FIELDS: het veld &apos;%1&apos; van tabel &apos;%2&apos; komt al uit %3; verwacht werd het één keer (de velden van de gebiedenlaag blijven behouden), of een achtervoegsel per tabel in TABLE_SUFFIXES.</translation>
    </message>
    <message>
        <source>TABLE_CODE_FIELDS: no code in &apos;%1&apos; of table &apos;%2&apos; is an area code of INPUT (the table has %3, INPUT has %4); expected the table&apos;s area codes in TABLE_CODE_FIELDS and INPUT&apos;s in CODE_FIELD, of the same level and year.</source>
        <translation>TABLE_CODE_FIELDS: geen code in &apos;%1&apos; van tabel &apos;%2&apos; is een gebiedscode van INPUT (de tabel heeft %3, INPUT heeft %4); verwacht werden de gebiedscodes van de tabel in TABLE_CODE_FIELDS en die van INPUT in CODE_FIELD, van hetzelfde niveau en jaar.</translation>
    </message>
    <message>
        <source>  &apos;%1&apos;: field &apos;%2&apos; is not taken: row %3 holds &apos;%4&apos;, which is no number (%5 of its %6 values are numbers). Name it in FIELDS to be told each such value, or in TEXT_FIELDS to carry it as text.</source>
        <translation>  &apos;%1&apos;: veld &apos;%2&apos; is niet overgenomen: rij %3 bevat &apos;%4&apos;, wat geen getal is (%5 van de %6 waarden zijn getallen). Noem het in FIELDS om elke zulke waarde te horen, of in TEXT_FIELDS om het als tekst over te nemen.</translation>
    </message>
    <message>
        <source>  &apos;%1&apos; is &apos;;&apos;-separated (Dutch): the points in %2 were read as thousands separators (1.810 = 1810); set DECIMAL_SEPARATOR to &apos;Point (1.9)&apos; if they are decimals.</source>
        <translation>  &apos;%1&apos; is gescheiden door &apos;;&apos; (Nederlands): de punten in %2 zijn gelezen als duizendtalscheiding (1.810 = 1810); zet DECIMAL_SEPARATOR op &apos;Punt (1.9)&apos; als het decimalen zijn.</translation>
    </message>
    <message>
        <source>  &apos;%1&apos;: %2 value(s) were missing-value markers (&apos;.&apos;, &apos;NA&apos;, CBS sentinels) and %3 cell(s) were empty; all are NULL.</source>
        <translation>  &apos;%1&apos;: markeringen voor ontbrekende waarden (&apos;.&apos;, &apos;NA&apos;, CBS-waarden): %2, lege cellen: %3; alle zijn NULL.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid polygon(s) were repaired (make valid).</source>
        <translation>
            <numerusform>%n ongeldige polygoon gerepareerd (make valid).</numerusform>
            <numerusform>%n ongeldige polygonen gerepareerd (make valid).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) have no code in &apos;%1&apos;; they are kept without joined values.</source>
        <translation>
            <numerusform>%n gebied heeft geen code in &apos;%1&apos;; het blijft behouden, zonder gekoppelde waarden.</numerusform>
            <numerusform>%n gebieden hebben geen code in &apos;%1&apos;; ze blijven behouden, zonder gekoppelde waarden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area code(s) without prefix were read as buurt codes (e.g. 3440111 → BU03440111).</source>
        <translation>
            <numerusform>%n gebiedscode zonder voorvoegsel is als buurtcode gelezen (bijv. 3440111 → BU03440111).</numerusform>
            <numerusform>%n gebiedscodes zonder voorvoegsel zijn als buurtcodes gelezen (bijv. 3440111 → BU03440111).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n code(s) in &apos;%1&apos; have no area: %2</source>
        <translation>
            <numerusform>  %n code in &apos;%1&apos; heeft geen gebied: %2</numerusform>
            <numerusform>  %n codes in &apos;%1&apos; hebben geen gebied: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  &apos;%1&apos;: %n code(s) without prefix were read as buurt codes (e.g. 3440111 → BU03440111).</source>
        <translation>
            <numerusform>  &apos;%1&apos;: %n code zonder voorvoegsel is als buurtcode gelezen (bijv. 3440111 → BU03440111).</numerusform>
            <numerusform>  &apos;%1&apos;: %n codes zonder voorvoegsel zijn als buurtcodes gelezen (bijv. 3440111 → BU03440111).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>INPUT: %n feature(s) are not polygons: %1. Expected areas as polygons only; remove those features, or buffer points first.</source>
        <translation>
            <numerusform>INPUT: %n object is geen polygoon: %1. Verwacht werden gebieden als polygonen; verwijder dat object, of buffer punten eerst.</numerusform>
            <numerusform>INPUT: %n objecten zijn geen polygonen: %1. Verwacht werden gebieden als polygonen; verwijder die objecten, of buffer punten eerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) have no row in any table: %1</source>
        <translation>
            <numerusform>%n gebied heeft in geen enkele tabel een rij: %1</numerusform>
            <numerusform>%n gebieden hebben in geen enkele tabel een rij: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) have no geometry; they are kept without one.</source>
        <translation>
            <numerusform>%n gebied heeft geen geometrie; het blijft behouden zonder.</numerusform>
            <numerusform>%n gebieden hebben geen geometrie; ze blijven behouden zonder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignaleringskaartAlgorithm</name>
    <message>
        <source>Signal map (maps 7 and 8)</source>
        <translation>Signaleringskaart (kaart 7 en 8)</translation>
    </message>
    <message>
        <source>signaleringskaart,signaal,veerkracht onder druk,veerkrachtig,relatief,gemeente,mediaan,kaart 7,kaart 8</source>
        <translation>signaleringskaart,signaal,veerkracht onder druk,veerkrachtig,relatief,gemeente,mediaan,kaart 7,kaart 8</translation>
    </message>
    <message>
        <source>The signal per area from ΔK and ΔO: absolute (map 7) and relative to its gemeente (map 8).</source>
        <translation>Het signaal per gebied uit ΔK en ΔO: absoluut (kaart 7) en ten opzichte van de eigen gemeente (kaart 8).</translation>
    </message>
    <message>
        <source>Gives each area one of four signals from the change of vulnerable residents ΔK and of nuisance and unsafety ΔO (fields delta_k and delta_o of &apos;Development of K and O&apos;):
1 veerkracht onder druk: ΔK &gt; ε and ΔO &gt; ε (more vulnerable residents and more nuisance)
2 veerkrachtig: ΔK &gt; ε and ΔO ≤ ε (more vulnerable residents, nuisance did not rise)
3 overlast neemt toe: ΔK ≤ ε and ΔO &gt; ε
4 stabiel of verbeterend: ΔK ≤ ε and ΔO ≤ ε
0 onvoldoende gegevens: fewer than MIN_INWONERS inhabitants, or ΔK or ΔO missing.
Each Δ has its own dead band ε = DEAD_BAND × sd(Δ over the reference set), DEAD_BAND default 0.25.

&lt;b&gt;Absolute&lt;/b&gt; (map 7, sign_abs_klasse and sign_abs_label) applies the rule to ΔK and ΔO. &lt;b&gt;Relative&lt;/b&gt; (map 8, sign_rel_klasse and sign_rel_label) applies it to ΔK − median(ΔK in the area&apos;s gemeente) and ΔO − median(ΔO in the gemeente) (written as delta_k_rel and delta_o_rel), with ε from the sd of those relative values: where the conclusions hold most and least &lt;i&gt;within&lt;/i&gt; one gemeente. The gemeente is GROUP_FIELD, or, when empty, derived from the buurt code (GM + characters 3–6 of CODE_FIELD, detected when empty).

Method: docs/method.md (specification.md §4, maps 7 and 8).</source>
        <translation>Geeft elk gebied een van vier signalen uit de verandering van kwetsbare bewoners ΔK en van overlast en onveiligheid ΔO (velden delta_k en delta_o van &apos;Ontwikkeling van K en O&apos;):
1 veerkracht onder druk: ΔK &gt; ε en ΔO &gt; ε (meer kwetsbare bewoners en meer overlast)
2 veerkrachtig: ΔK &gt; ε en ΔO ≤ ε (meer kwetsbare bewoners, de overlast nam niet toe)
3 overlast neemt toe: ΔK ≤ ε en ΔO &gt; ε
4 stabiel of verbeterend: ΔK ≤ ε en ΔO ≤ ε
0 onvoldoende gegevens: minder dan MIN_INWONERS inwoners, of ΔK of ΔO ontbreekt.
Elke Δ heeft een eigen dode zone ε = DEAD_BAND × sd(Δ over de referentieset), DEAD_BAND standaard 0,25.

&lt;b&gt;Absoluut&lt;/b&gt; (kaart 7, sign_abs_klasse en sign_abs_label) past de regel toe op ΔK en ΔO. &lt;b&gt;Relatief&lt;/b&gt; (kaart 8, sign_rel_klasse en sign_rel_label) past hem toe op ΔK − mediaan(ΔK in de gemeente van het gebied) en ΔO − mediaan(ΔO in de gemeente) (geschreven als delta_k_rel en delta_o_rel), met ε uit de sd van die relatieve waarden: waar de conclusies &lt;i&gt;binnen&lt;/i&gt; één gemeente het sterkst en het minst gelden. De gemeente is GROUP_FIELD, of, als dat leeg is, afgeleid uit de buurtcode (GM + teken 3–6 van CODE_FIELD, herkend als dat leeg is).

Methode: docs/method.md (specification.md §4, kaart 7 en 8).</translation>
    </message>
    <message>
        <source>ΔK field</source>
        <translation>Veld met ΔK</translation>
    </message>
    <message>
        <source>ΔO field</source>
        <translation>Veld met ΔO</translation>
    </message>
    <message>
        <source>Group for the relative map (empty: the gemeente, from the area code)</source>
        <translation>Groep voor de relatieve kaart (leeg: de gemeente, uit de gebiedscode)</translation>
    </message>
    <message>
        <source>Area code field, to derive the gemeente (empty: detect)</source>
        <translation>Veld met gebiedscodes, om de gemeente af te leiden (leeg: herkennen)</translation>
    </message>
    <message>
        <source>Areas with their signal</source>
        <translation>Gebieden met hun signaal</translation>
    </message>
    <message>
        <source>Dead band ε of ΔK</source>
        <translation>Dode zone ε van ΔK</translation>
    </message>
    <message>
        <source>Dead band ε of ΔO</source>
        <translation>Dode zone ε van ΔO</translation>
    </message>
    <message>
        <source>Dead band ε of relative ΔK</source>
        <translation>Dode zone ε van relatieve ΔK</translation>
    </message>
    <message>
        <source>Dead band ε of relative ΔO</source>
        <translation>Dode zone ε van relatieve ΔO</translation>
    </message>
    <message>
        <source>Groups (gemeenten) for the relative map</source>
        <translation>Groepen (gemeenten) voor de relatieve kaart</translation>
    </message>
    <message>
        <source>Areas &apos;%1&apos; (absolute)</source>
        <translation>Gebieden &apos;%1&apos; (absoluut)</translation>
    </message>
    <message>
        <source>GROUP_FIELD: no group field given and no area code field found to derive the gemeente from; expected GROUP_FIELD or CODE_FIELD.</source>
        <translation>GROUP_FIELD: geen groepsveld gegeven en geen veld met gebiedscodes gevonden om de gemeente uit af te leiden; verwacht werd GROUP_FIELD of CODE_FIELD.</translation>
    </message>
    <message>
        <source>Map 7 (absolute; ε ΔK %1, ε ΔO %2): %3</source>
        <translation>Kaart 7 (absoluut; ε ΔK %1, ε ΔO %2): %3</translation>
    </message>
    <message>
        <source>Map 8 cannot be made: relative to %1 group(s) the changes do not vary (one area per group?); every area gets &apos;onvoldoende gegevens&apos; on it.</source>
        <translation>Kaart 8 kan niet worden gemaakt: binnen de groepen (%1) variëren de veranderingen niet (één gebied per groep?); elk gebied krijgt daarop &apos;onvoldoende gegevens&apos;.</translation>
    </message>
    <message>
        <source>Map 8 (relative to %1 group(s); ε ΔK %2, ε ΔO %3): %4</source>
        <translation>Kaart 8 (ten opzichte van de groepen: %1; ε ΔK %2, ε ΔO %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) have no buurt or wijk code in &apos;%1&apos; to derive the gemeente from; they form one group of their own for the relative map.</source>
        <translation>
            <numerusform>%n gebied heeft geen buurt- of wijkcode in &apos;%1&apos; om de gemeente uit af te leiden; het vormt voor de relatieve kaart een eigen groep.</numerusform>
            <numerusform>%n gebieden hebben geen buurt- of wijkcode in &apos;%1&apos; om de gemeente uit af te leiden; ze vormen voor de relatieve kaart een eigen groep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StijlAlgorithm</name>
    <message>
        <source>Apply a map style</source>
        <translation>Kaartstijl toepassen</translation>
    </message>
    <message>
        <source>stijl,style,qml,legenda,kaart,signaleringskaart,focuskaart</source>
        <translation>stijl,style,qml,legenda,kaart,signaleringskaart,focuskaart</translation>
    </message>
    <message>
        <source>Veerkrachtkaarten</source>
        <translation>Veerkrachtkaarten</translation>
    </message>
    <message>
        <source>Gives a layer the standard style of one of the veerkrachtkaarten.</source>
        <translation>Geeft een laag de standaardopmaak van een van de veerkrachtkaarten.</translation>
    </message>
    <message>
        <source>Applies the standard style of a map (Dutch legend, colour-blind-safe colours, grey hatch for &apos;onvoldoende gegevens&apos;, thin white borders) to INPUT. The style colours an integer class field: by default the field the map algorithms write (e.g. sign_abs_klasse for the signaleringskaart); give CLASS_FIELD when you computed the classes your own way — class 0 is &apos;onvoldoende gegevens&apos;, 1 … n the classes in the order of the method.

SAVE_AS_DEFAULT also stores the style in the layer&apos;s GeoPackage (or as its .qml), so that the file opens with this map; the data are not touched. OUTPUT_STYLE writes the style as a .qml file.</source>
        <translation>Past de standaardopmaak van een kaart (Nederlandse legenda, kleurenblindveilige kleuren, grijze arcering voor &apos;onvoldoende gegevens&apos;, dunne witte grenzen) toe op INPUT. De stijl kleurt een geheeltallig klasseveld: standaard het veld dat de kaartalgoritmen schrijven (bijv. sign_abs_klasse voor de signaleringskaart); geef CLASS_FIELD als u de klassen op uw eigen manier hebt berekend — klasse 0 is &apos;onvoldoende gegevens&apos;, 1 … n de klassen in de volgorde van de methode.

SAVE_AS_DEFAULT slaat de stijl ook op in de GeoPackage van de laag (of als .qml), zodat het bestand met deze kaart opent; de gegevens blijven ongemoeid. OUTPUT_STYLE schrijft de stijl als .qml-bestand.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Class field (empty: the map&apos;s own)</source>
        <translation>Klasseveld (leeg: dat van de kaart zelf)</translation>
    </message>
    <message>
        <source>Store as the layer file&apos;s default style</source>
        <translation>Opslaan als standaardstijl van het bestand van de laag</translation>
    </message>
    <message>
        <source>Style file</source>
        <translation>Stijlbestand</translation>
    </message>
    <message>
        <source>QGIS style (*.qml)</source>
        <translation>QGIS-stijl (*.qml)</translation>
    </message>
    <message>
        <source>Styled layer</source>
        <translation>Opgemaakte laag</translation>
    </message>
    <message>
        <source>CLASS_FIELD: the layer has no field &apos;%1&apos;; expected the class field of &apos;%2&apos; (%3) or another integer class field.</source>
        <translation>CLASS_FIELD: de laag heeft geen veld &apos;%1&apos;; verwacht werd het klasseveld van &apos;%2&apos; (%3) of een ander geheeltallig klasseveld.</translation>
    </message>
    <message>
        <source>CLASS_FIELD: &apos;%1&apos; is not numeric; expected integer classes (0 = onvoldoende gegevens, 1 … n).</source>
        <translation>CLASS_FIELD: &apos;%1&apos; is niet numeriek; verwacht werden geheeltallige klassen (0 = onvoldoende gegevens, 1 … n).</translation>
    </message>
    <message>
        <source>MAP: the style &apos;%1&apos; could not be applied: %2</source>
        <translation>MAP: de stijl &apos;%1&apos; kon niet worden toegepast: %2</translation>
    </message>
    <message>
        <source>Applied &apos;%1&apos; on &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; toegepast op &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>SAVE_AS_DEFAULT: the style could not be stored with the layer: %1</source>
        <translation>SAVE_AS_DEFAULT: de stijl kon niet bij de laag worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Stored as the default style of %1.</source>
        <translation>Opgeslagen als standaardstijl van %1.</translation>
    </message>
    <message>
        <source>OUTPUT_STYLE: cannot write &apos;%1&apos;: %2</source>
        <translation>OUTPUT_STYLE: kan &apos;%1&apos; niet schrijven: %2</translation>
    </message>
    <message>
        <source>INPUT: &apos;%1&apos; has %2 geometries; expected polygons (buurten), which the map styles fill.</source>
        <translation>INPUT: &apos;%1&apos; heeft geometrieën van het type %2; verwacht werden polygonen (buurten), die de kaartstijlen vullen.</translation>
    </message>
</context>
<context>
    <name>StrategieAlgorithm</name>
    <message>
        <source>Strategy suggestions</source>
        <translation>Suggesties voor een aanpak</translation>
    </message>
    <message>
        <source>strategie,aanpak,leefomgeving,sociale aanpak,woninggebruik,woningprogramma,prestatieafspraken,woonvisie,wijkaanpak</source>
        <translation>strategie,aanpak,leefomgeving,sociale aanpak,woninggebruik,woningprogramma,prestatieafspraken,woonvisie,wijkaanpak</translation>
    </message>
    <message>
        <source>Per area a suggested mix of the four strategies (leefomgeving, sociale aanpak, woninggebruik, woningprogramma), from a rule table.</source>
        <translation>Per gebied een voorgestelde mix van de vier sporen (leefomgeving, sociale aanpak, woninggebruik, woningprogramma), uit een regeltabel.</translation>
    </message>
    <message>
        <source>Suggests, per area of a veerkrachtkaarten layer (the output of &apos;Resilience maps&apos;), how much weight each of the four strategies discussed in the sector deserves: &lt;i&gt;leefomgeving&lt;/i&gt; (public space, facilities; clean, whole, safe), &lt;i&gt;sociale aanpak&lt;/i&gt; (care, support, social management, debt), &lt;i&gt;woninggebruik&lt;/i&gt; (allocation, spreading, suitable housing) and &lt;i&gt;woningprogramma&lt;/i&gt; (differentiating the stock). They are meant to be used together and in cooperation.

A rule table decides: each rule has conditions on corporatiebuurt (ja/nee), the signal (map 7, or map 8 with SIGNAL relatief), the focus (map 9) and the development of K and O (maps 3 and 5) — class numbers or the maps&apos; Dutch labels, several joined by |, * for any — and a weight 0–2 per strategy with a short Dutch explanation. The first rule that applies to an area fires. RULES is your own table (CSV with a header line, or JSON); empty uses the default table documented in docs/strategie.md.

Written per area: strat_leefomgeving, strat_sociale_aanpak, strat_woninggebruik, strat_woningprogramma (0–2), strat_hoofd (the main strategy in Dutch), strat_regel and strat_toelichting (which rule fired, and why).

&lt;b&gt;A prompt for the conversation, never a verdict&lt;/b&gt;: put it beside what residents and professionals see in practice.</source>
        <translation>Stelt per gebied van een laag met veerkrachtkaarten (de uitvoer van &apos;Veerkrachtkaarten&apos;) voor hoeveel gewicht elk van de vier sporen uit de sector verdient: &lt;i&gt;leefomgeving&lt;/i&gt; (openbare ruimte, voorzieningen; schoon, heel, veilig), &lt;i&gt;sociale aanpak&lt;/i&gt; (zorg, ondersteuning, sociaal beheer, schulden), &lt;i&gt;woninggebruik&lt;/i&gt; (toewijzing, spreiding, passend wonen) en &lt;i&gt;woningprogramma&lt;/i&gt; (differentiatie van de voorraad). Ze zijn bedoeld om samen en in samenwerking te gebruiken.

Een regeltabel beslist: elke regel heeft voorwaarden op corporatiebuurt (ja/nee), het signaal (kaart 7, of kaart 8 met SIGNAL relatief), de focus (kaart 9) en de ontwikkeling van K en O (kaart 3 en 5) — klassenummers of de Nederlandse labels van de kaarten, meerdere met |, * voor elke waarde — en een gewicht 0–2 per spoor met een korte Nederlandse toelichting. De eerste regel die voor een gebied geldt, is van toepassing. RULES is uw eigen tabel (CSV met een kopregel, of JSON); leeg gebruikt de standaardtabel uit docs/strategie.md.

Per gebied geschreven: strat_leefomgeving, strat_sociale_aanpak, strat_woninggebruik, strat_woningprogramma (0–2), strat_hoofd (het belangrijkste spoor), strat_regel en strat_toelichting (welke regel gold, en waarom).

&lt;b&gt;Een aanzet voor het gesprek, nooit een oordeel&lt;/b&gt;: leg het naast wat bewoners en professionals in de praktijk zien.</translation>
    </message>
    <message>
        <source>Rule table (CSV or JSON; empty: the default table)</source>
        <translation>Regeltabel (CSV of JSON; leeg: de standaardtabel)</translation>
    </message>
    <message>
        <source>Rule tables (*.csv *.json)</source>
        <translation>Regeltabellen (*.csv *.json)</translation>
    </message>
    <message>
        <source>Signal map the rules read</source>
        <translation>Signaleringskaart die de regels lezen</translation>
    </message>
    <message>
        <source>Absolute (map 7)</source>
        <translation>Absoluut (kaart 7)</translation>
    </message>
    <message>
        <source>Relative to the gemeente (map 8)</source>
        <translation>Ten opzichte van de gemeente (kaart 8)</translation>
    </message>
    <message>
        <source>Areas with their strategy suggestion</source>
        <translation>Gebieden met hun suggestie voor een aanpak</translation>
    </message>
    <message>
        <source>Areas to which no rule applies</source>
        <translation>Gebieden waarvoor geen regel geldt</translation>
    </message>
    <message>
        <source>the default table (docs/strategie.md)</source>
        <translation>de standaardtabel (docs/strategie.md)</translation>
    </message>
    <message>
        <source>RULES: the rules use %1, but INPUT has no field %2; expected the output of &apos;Resilience maps&apos; (with a corporation share for corporatiebuurt).</source>
        <translation>RULES: de regels gebruiken %1, maar INPUT heeft geen veld %2; verwacht werd de uitvoer van &apos;Veerkrachtkaarten&apos; (met een aandeel corporatiewoningen voor corporatiebuurt).</translation>
    </message>
    <message>
        <source>No rule of the table applies to this area.</source>
        <translation>Geen regel uit de tabel geldt voor dit gebied.</translation>
    </message>
    <message>
        <source>Areas per rule: %1.</source>
        <translation>Gebieden per regel: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) from %1.</source>
        <translation>
            <numerusform>%n regel uit %1.</numerusform>
            <numerusform>%n regels uit %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) match no rule and get no suggestion; end the table with a rule whose conditions are all * to cover every area.</source>
        <translation>
            <numerusform>%n gebied valt onder geen enkele regel en krijgt geen suggestie; sluit de tabel af met een regel waarvan alle voorwaarden * zijn, zodat elk gebied eronder valt.</numerusform>
            <numerusform>%n gebieden vallen onder geen enkele regel en krijgen geen suggestie; sluit de tabel af met een regel waarvan alle voorwaarden * zijn, zodat elk gebied eronder valt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrategieRegels</name>
    <message>
        <source>%1, %2: &apos;%3&apos; is not a class of this map; expected a number 0–%4 or one of: %5 (several joined by |, or * for any).</source>
        <translation>%1, %2: &apos;%3&apos; is geen klasse van deze kaart; verwacht werd een getal 0–%4 of een van: %5 (meerdere met |, of * voor elke waarde).</translation>
    </message>
    <message>
        <source>%1, corporatiebuurt: &apos;%2&apos;; expected ja, nee or * (any).</source>
        <translation>%1, corporatiebuurt: &apos;%2&apos;; verwacht werd ja, nee of * (elke waarde).</translation>
    </message>
    <message>
        <source>%1, %2: &apos;%3&apos;; expected a weight 0, 1 or 2.</source>
        <translation>%1, %2: &apos;%3&apos;; verwacht werd een gewicht 0, 1 of 2.</translation>
    </message>
    <message>
        <source>%1, toelichting: empty; expected a short Dutch explanation of the suggestion.</source>
        <translation>%1, toelichting: leeg; verwacht werd een korte Nederlandse toelichting bij de suggestie.</translation>
    </message>
    <message>
        <source>%1: unknown column &apos;%2&apos;; expected the columns %3.</source>
        <translation>%1: onbekende kolom &apos;%2&apos;; verwacht werden de kolommen %3.</translation>
    </message>
    <message>
        <source>The default strategy rules are missing from the library.</source>
        <translation>De standaardregels voor de aanpak ontbreken in de bibliotheek.</translation>
    </message>
    <message>
        <source>%1: cannot read &apos;%2&apos;; expected a rule table as CSV or JSON.</source>
        <translation>%1: kan &apos;%2&apos; niet lezen; verwacht werd een regeltabel als CSV of JSON.</translation>
    </message>
    <message>
        <source>%1 line %2: not valid JSON (%3); expected an array of rules, e.g. [{&quot;regel&quot;: &quot;R1&quot;, &quot;signaal&quot;: &quot;veerkrachtig&quot;, …}].</source>
        <translation>%1 regel %2: geen geldige JSON (%3); verwacht werd een lijst van regels, bijv. [{&quot;regel&quot;: &quot;R1&quot;, &quot;signaal&quot;: &quot;veerkrachtig&quot;, …}].</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>%1: not an object; expected {&quot;regel&quot;: …, &quot;signaal&quot;: …, &quot;toelichting&quot;: …}.</source>
        <translation>%1: geen object; verwacht werd {&quot;regel&quot;: …, &quot;signaal&quot;: …, &quot;toelichting&quot;: …}.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is missing; expected the columns %3.</source>
        <translation>%1: de kolom &apos;%2&apos; ontbreekt; verwacht werden de kolommen %3.</translation>
    </message>
    <message>
        <source>%1: %2 fields where the header has %3; expected one value per column, separated by &apos;%4&apos;.</source>
        <translation>%1: %2 velden waar de kopregel er %3 heeft; verwacht werd één waarde per kolom, gescheiden door &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>%1: empty; expected a header line with the columns %2 and one rule per line.</source>
        <translation>%1: leeg; verwacht werd een kopregel met de kolommen %2 en daaronder de regels van de tabel, één per tekstregel.</translation>
    </message>
    <message>
        <source>%1: no rules; expected at least one rule.</source>
        <translation>%1: geen regels; verwacht werd ten minste één regel.</translation>
    </message>
</context>
<context>
    <name>TijdreeksAlgorithm</name>
    <message>
        <source>Time series (the film)</source>
        <translation>Tijdreeks (de film)</translation>
    </message>
    <message>
        <source>tijdreeks,film,traject,trend,perioden,momenten,temporal controller,steeds onder druk,herstellend</source>
        <translation>tijdreeks,film,traject,trend,perioden,momenten,temporal controller,tijdbeheer,steeds onder druk,herstellend</translation>
    </message>
    <message>
        <source>K and O at many moments, the signal of map 7 per period and each area&apos;s trajectory: the film, for QGIS&apos;s Temporal Controller.</source>
        <translation>K en O op veel momenten, het signaal van kaart 7 per periode en het traject van elk gebied: de film, voor het tijdbeheer (Temporal Controller) van QGIS.</translation>
    </message>
    <message>
        <source>Vulnerable residents K: moments (years, comma-separated)</source>
        <translation>Kwetsbare bewoners K: momenten (jaren, gescheiden door komma&apos;s)</translation>
    </message>
    <message>
        <source>Nuisance and unsafety O: moments (years, comma-separated)</source>
        <translation>Overlast en onveiligheid O: momenten (jaren, gescheiden door komma&apos;s)</translation>
    </message>
    <message>
        <source>K: field pattern per indicator with {jaar} (or one list per moment, separated by &apos;;&apos;)</source>
        <translation>K: veldpatroon per indicator met {jaar} (of één lijst per moment, gescheiden door &apos;;&apos;)</translation>
    </message>
    <message>
        <source>O: field pattern per indicator with {jaar} (or one list per moment, separated by &apos;;&apos;)</source>
        <translation>O: veldpatroon per indicator met {jaar} (of één lijst per moment, gescheiden door &apos;;&apos;)</translation>
    </message>
    <message>
        <source>K: direction per indicator (1 or -1)</source>
        <translation>K: richting per indicator (1 of -1)</translation>
    </message>
    <message>
        <source>O: direction per indicator (default -1: Leefbaarometer onv)</source>
        <translation>O: richting per indicator (standaard -1: Leefbaarometer onv)</translation>
    </message>
    <message>
        <source>K: weight per indicator</source>
        <translation>K: gewicht per indicator</translation>
    </message>
    <message>
        <source>O: weight per indicator</source>
        <translation>O: gewicht per indicator</translation>
    </message>
    <message>
        <source>K: denominator pattern per indicator, for a rate per 1000 (empty entry: none)</source>
        <translation>K: noemerpatroon per indicator, voor een aantal per 1000 (lege waarde: geen)</translation>
    </message>
    <message>
        <source>O: denominator pattern per indicator, for a rate per 1000 (empty entry: none)</source>
        <translation>O: noemerpatroon per indicator, voor een aantal per 1000 (lege waarde: geen)</translation>
    </message>
    <message>
        <source>Periods (e.g. 2014-2018; 2018-2022 K 2021-2023; 2022-2024)</source>
        <translation>Perioden (bijv. 2014-2018; 2018-2022 K 2021-2023; 2022-2024)</translation>
    </message>
    <message>
        <source>Years a period&apos;s end may lie from the moment it uses</source>
        <translation>Aantal jaren dat het eind van een periode van het gebruikte moment mag afliggen</translation>
    </message>
    <message>
        <source>Standardisation (parameters from each indicator&apos;s first moment)</source>
        <translation>Standaardisatie (parameters van het eerste moment van elke indicator)</translation>
    </message>
    <message>
        <source>Minimum share of indicators with a value</source>
        <translation>Minimaal aandeel indicatoren met een waarde</translation>
    </message>
    <message>
        <source>Reference set for the standardisation (filter expression; empty: all areas)</source>
        <translation>Referentieset voor de standaardisatie (filterexpressie; leeg: alle gebieden)</translation>
    </message>
    <message>
        <source>Film per area (wide)</source>
        <translation>Film per gebied (breed)</translation>
    </message>
    <message>
        <source>Film per area and period (long, for the Temporal Controller)</source>
        <translation>Film per gebied en periode (lang, voor het tijdbeheer)</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a year or given twice; expected distinct years such as 2021, 2023.</source>
        <translation>%1: &apos;%2&apos; is geen jaar of staat er twee keer in; verwacht verschillende jaren zoals 2021, 2023.</translation>
    </message>
    <message>
        <source>%1: no moment given; expected years such as 2021, 2023.</source>
        <translation>%1: geen moment opgegeven; verwacht jaren zoals 2021, 2023.</translation>
    </message>
    <message>
        <source>%1 gives %2 lists for %3 moments; expected one comma-separated list per moment, separated by &apos;;&apos;.</source>
        <translation>%1 geeft %2 lijsten voor %3 momenten; verwacht één lijst (met komma&apos;s) per moment, gescheiden door &apos;;&apos;.</translation>
    </message>
    <message>
        <source>%1: the list &apos;%2&apos; does not have one entry per indicator; expected the same number of entries at every moment (an empty entry: not measured).</source>
        <translation>%1: de lijst &apos;%2&apos; heeft niet één waarde per indicator; verwacht op elk moment hetzelfde aantal waarden (een lege waarde: niet gemeten).</translation>
    </message>
    <message>
        <source>%1: INPUT has no field &apos;%2&apos; (its fields: %3).</source>
        <translation>%1: INPUT heeft geen veld &apos;%2&apos; (de velden: %3).</translation>
    </message>
    <message>
        <source>%1 gives %2 patterns for %3 indicators; expected at most one per indicator.</source>
        <translation>%1 geeft %2 patronen voor %3 indicatoren; verwacht hoogstens één per indicator.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no {jaar}; expected a pattern such as onv_{jaar}, or one list of fields per moment separated by &apos;;&apos;.</source>
        <translation>%1: &apos;%2&apos; bevat geen {jaar}; verwacht een patroon zoals onv_{jaar}, of één lijst velden per moment, gescheiden door &apos;;&apos;.</translation>
    </message>
    <message>
        <source>%1: no indicator given; expected a field pattern such as onv_{jaar}.</source>
        <translation>%1: geen indicator opgegeven; verwacht een veldpatroon zoals onv_{jaar}.</translation>
    </message>
    <message>
        <source>1 or -1</source>
        <translation>1 of -1</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>indicator %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;</source>
        <translation>%1: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 op %2 (%3)</translation>
    </message>
    <message>
        <source>no indicator has a field at both %1 and %2</source>
        <translation>geen indicator heeft een veld op zowel %1 als %2</translation>
    </message>
    <message>
        <source>PERIODS: %1 of %2 (%3_MOMENTS).</source>
        <translation>PERIODS: %1 van %2 (%3_MOMENTS).</translation>
    </message>
    <message>
        <source>%1 not paired (%2)</source>
        <translation>%1 niet gekoppeld (%2)</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4)</source>
        <translation>%1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Period %1: %2; %3.</source>
        <translation>Periode %1: %2; %3.</translation>
    </message>
    <message>
        <source>Period %1 (ε ΔK %2, ε ΔO %3): %4</source>
        <translation>Periode %1 (ε ΔK %2, ε ΔO %3): %4</translation>
    </message>
    <message>
        <source>Period %1 gets &apos;onvoldoende gegevens&apos; everywhere: %2 (Δ%3).</source>
        <translation>Periode %1 krijgt overal &apos;onvoldoende gegevens&apos;: %2 (Δ%3).</translation>
    </message>
    <message numerus="yes">
        <source>Trajectories over %n period(s): %1</source>
        <translation>
            <numerusform>Trajecten over %n periode: %1</numerusform>
            <numerusform>Trajecten over %n perioden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 indicator %2 (%3): measured at %4; %5 with the parameters of %6: n = %7, mean %8, sd %9.</source>
        <translation>%1 indicator %2 (%3): gemeten in %4; %5 met de parameters van %6: n = %7, gemiddelde %8, sd %9.</translation>
    </message>
    <message>
        <source>Computes vulnerable residents K and nuisance and unsafety O at many moments and, per period, ΔK, ΔO and the signal of map 7 (veerkracht onder druk, veerkrachtig, overlast neemt toe, stabiel of verbeterend; dead band DEAD_BAND × sd per period).

&lt;b&gt;Indicators.&lt;/b&gt; K_MOMENTS and O_MOMENTS list the years (2021, 2023, 2024). K_FIELDS and O_FIELDS give one field pattern per indicator with {jaar} for the year (onv_{jaar}, misdrijven_{jaar}): a pattern that names no field in a year means the indicator was not measured then. Or give one comma-separated list per moment, the lists separated by &apos;;&apos; (an empty entry: not measured). DENOMINATORS turn counts into rates per 1000 the same way (a name without {jaar}: the same field every year). DIRECTIONS and WEIGHTS as in &apos;Resilience maps&apos;. Each indicator is standardised with the parameters of its &lt;i&gt;first&lt;/i&gt; measured moment in the reference set, reused for every later moment, so that a real rise shows as a rise.

&lt;b&gt;Periods.&lt;/b&gt; PERIODS lists them: 2014-2018; 2018-2022; 2022-2024. A period&apos;s ends use the moment of the same year, else the nearest within MOMENT_TOLERANCE years (on a tie the one inside the period); or name them: 2020-2022 K 2021-2023. A change compares only the indicators measured at both of its moments. The log says what was paired; a period whose K or O cannot be paired gets &apos;onvoldoende gegevens&apos;.

&lt;b&gt;Trajectory&lt;/b&gt; (traject_klasse, traject_label) from the signals in time order: steeds onder druk, opnieuw onder druk, nieuw onder druk, herstellend, steeds meer overlast, steeds veerkrachtig, stabiel, wisselend; onvoldoende gegevens when fewer than two periods or not the last have a signal. trend_k and trend_o: the trend per year, the weighted mean of each indicator&apos;s own OLS slope over its moments (like for like).

&lt;b&gt;Outputs.&lt;/b&gt; OUTPUT: one feature per area with every input field, k_&lt;year&gt;, o_&lt;year&gt;, per period dk_, do_, sign_&lt;period&gt;_klasse and _label, the trajectory and the trends. OUTPUT_LONG: one feature per area and period (code, name, periode, datum = 1 January of the period&apos;s end, datum_tot = that of the next period&apos;s end (the last: a year later), delta_k, delta_o, sign_abs_klasse and sign_abs_label, the trajectory); its style has QGIS&apos;s temporal properties set: open it and press play in the Temporal Controller.

Method: docs/method.md (The film).</source>
        <translation>Berekent kwetsbare bewoners K en overlast en onveiligheid O op veel momenten en, per periode, ΔK, ΔO en het signaal van kaart 7 (veerkracht onder druk, veerkrachtig, overlast neemt toe, stabiel of verbeterend; dode zone DEAD_BAND × sd per periode).

&lt;b&gt;Indicatoren.&lt;/b&gt; K_MOMENTS en O_MOMENTS noemen de jaren (2021, 2023, 2024). K_FIELDS en O_FIELDS geven één veldpatroon per indicator met {jaar} voor het jaar (onv_{jaar}, misdrijven_{jaar}): een patroon dat in een jaar geen veld noemt, betekent dat de indicator toen niet gemeten is. Of geef één lijst (met komma&apos;s) per moment, de lijsten gescheiden door &apos;;&apos; (een lege waarde: niet gemeten). DENOMINATORS maken op dezelfde manier van aantallen een aantal per 1000 (een naam zonder {jaar}: elk jaar hetzelfde veld). DIRECTIONS en WEIGHTS zoals in &apos;Veerkrachtkaarten&apos;. Elke indicator wordt gestandaardiseerd met de parameters van zijn &lt;i&gt;eerste&lt;/i&gt; gemeten moment in de referentieset, en die worden voor elk later moment hergebruikt, zodat een echte stijging als stijging zichtbaar is.

&lt;b&gt;Perioden.&lt;/b&gt; PERIODS noemt ze: 2014-2018; 2018-2022; 2022-2024. De einden van een periode gebruiken het moment van hetzelfde jaar, anders het dichtstbijzijnde binnen MOMENT_TOLERANCE jaar (bij gelijke afstand dat binnen de periode); of noem ze: 2020-2022 K 2021-2023. Een verandering vergelijkt alleen de indicatoren die op beide momenten gemeten zijn. Het logboek zegt wat gekoppeld is; een periode waarvan K of O niet gekoppeld kan worden, krijgt &apos;onvoldoende gegevens&apos;.

&lt;b&gt;Traject&lt;/b&gt; (traject_klasse, traject_label) uit de signalen in de tijd: steeds onder druk, opnieuw onder druk, nieuw onder druk, herstellend, steeds meer overlast, steeds veerkrachtig, stabiel, wisselend; onvoldoende gegevens als minder dan twee perioden of niet de laatste een signaal hebben. trend_k en trend_o: de trend per jaar, het gewogen gemiddelde van de eigen OLS-helling van elke indicator over zijn momenten (gelijk met gelijk).

&lt;b&gt;Uitvoer.&lt;/b&gt; OUTPUT: één object per gebied met alle invoervelden, k_&lt;jaar&gt;, o_&lt;jaar&gt;, per periode dk_, do_, sign_&lt;periode&gt;_klasse en _label, het traject en de trends. OUTPUT_LONG: één object per gebied en periode (code, naam, periode, datum = 1 januari van het eind van de periode, datum_tot = die van het eind van de volgende periode (de laatste: een jaar later), delta_k, delta_o, sign_abs_klasse en sign_abs_label, het traject); de stijl heeft de tijdinstellingen van QGIS gezet: open de laag en druk op afspelen in het tijdbeheer (Temporal Controller).

Methode: docs/method.md (The film).</translation>
    </message>
    <message>
        <source>a number from %1 to %2 (weights are relative)</source>
        <translation>een getal van %1 tot %2 (gewichten zijn relatief)</translation>
    </message>
    <message>
        <source>%1: indicator &apos;%2&apos; has a denominator at some of its moments only; expected one at every moment it is measured, or at none.</source>
        <translation>%1: indicator &apos;%2&apos; heeft maar op een deel van zijn momenten een noemer; verwacht een noemer op elk moment waarop hij gemeten is, of op geen.</translation>
    </message>
    <message>
        <source>%1 (%2; %3 has %4)</source>
        <translation>%1 (%2; %3 heeft %4)</translation>
    </message>
    <message>
        <source>Period %1 gets &apos;onvoldoende gegevens&apos; everywhere: K and O must both be paired, and %2 is not (name a period&apos;s moments in PERIODS, e.g. &apos;2020-2022 K 2021-2023&apos;, or raise MOMENT_TOLERANCE).</source>
        <translation>Periode %1 krijgt overal &apos;onvoldoende gegevens&apos;: K en O moeten allebei gekoppeld zijn, en %2 is dat niet (noem de momenten van een periode in PERIODS, bijv. &apos;2020-2022 K 2021-2023&apos;, of verhoog MOMENT_TOLERANCE).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>PERIODS: no period has a signal (see the log for what each paired); expected periods whose ends lie on (or within MOMENT_TOLERANCE of) moments of both K_MOMENTS and O_MOMENTS, or named moments such as &apos;2020-2022 K 2021-2023&apos;.</source>
        <translation>PERIODS: geen periode heeft een signaal (het logboek zegt wat elke periode koppelde); verwacht perioden waarvan de einden op (of binnen MOMENT_TOLERANCE van) momenten van zowel K_MOMENTS als O_MOMENTS liggen, of genoemde momenten zoals &apos;2020-2022 K 2021-2023&apos;.</translation>
    </message>
    <message>
        <source>Only one period has a signal: a trajectory needs two, so every area gets &apos;onvoldoende gegevens&apos; for it.</source>
        <translation>Maar één periode heeft een signaal: een traject vraagt er twee, dus elk gebied krijgt daarvoor &apos;onvoldoende gegevens&apos;.</translation>
    </message>
</context>
<context>
    <name>VeerkrachtGui</name>
    <message>
        <source>&amp;Veerkracht</source>
        <translation>&amp;Veerkracht</translation>
    </message>
    <message>
        <source>Computes every veerkrachtkaart from a prepared buurten layer (Processing dialog)</source>
        <translation>Berekent alle veerkrachtkaarten uit een voorbereide buurtenlaag (Processing-venster)</translation>
    </message>
    <message>
        <source>Exports every map per gemeente as PNG and one PDF (Processing dialog)</source>
        <translation>Exporteert per gemeente elke kaart als PNG en één PDF (Processing-venster)</translation>
    </message>
    <message>
        <source>Applies the standard style of a map to the active layer</source>
        <translation>Geeft de actieve laag de standaardopmaak van een kaart</translation>
    </message>
    <message>
        <source>Computes the embedded Utrecht example and adds it to the project, styled</source>
        <translation>Rekent het meegeleverde voorbeeld Utrecht door en voegt het opgemaakt aan het project toe</translation>
    </message>
    <message>
        <source>Opens the Veerkracht manual</source>
        <translation>Opent de handleiding van Veerkracht</translation>
    </message>
    <message>
        <source>The Processing dialog needs QGIS&apos;s Python support; run %1 from the Processing Toolbox or with the veerkracht command instead.</source>
        <translation>Het Processing-venster vraagt om de Python-ondersteuning van QGIS; start %1 vanuit de Processing Toolbox of met het commando veerkracht.</translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first; its map style is then replaced.</source>
        <translation>Kies eerst een vectorlaag in het paneel Lagen; de opmaak daarvan wordt dan vervangen.</translation>
    </message>
    <message>
        <source>Map style for “%1”:</source>
        <translation>Kaartstijl voor “%1”:</translation>
    </message>
    <message>
        <source>“%1” has no numeric field to hold the classes of %2 (expected %3 or another integer class field).</source>
        <translation>“%1” heeft geen numeriek veld voor de klassen van %2 (verwacht werd %3 of een ander geheeltallig klasseveld).</translation>
    </message>
    <message>
        <source>“%1” has no field %2. Which field holds the classes (1–%3, 0 = onvoldoende gegevens)?</source>
        <translation>“%1” heeft geen veld %2. Welk veld bevat de klassen (1–%3, 0 = onvoldoende gegevens)?</translation>
    </message>
    <message>
        <source>Style “%1” applied to “%2”.</source>
        <translation>Stijl “%1” toegepast op “%2”.</translation>
    </message>
    <message>
        <source>Computing the Utrecht example…</source>
        <translation>Het voorbeeld Utrecht wordt berekend…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The Utrecht example is in the project (files in %1).</source>
        <translation>Het voorbeeld Utrecht staat in het project (bestanden in %1).</translation>
    </message>
    <message>
        <source>Make resilience maps…</source>
        <translation>Veerkrachtkaarten maken…</translation>
    </message>
    <message>
        <source>Export map set…</source>
        <translation>Kaartenset exporteren…</translation>
    </message>
    <message>
        <source>Apply map style…</source>
        <translation>Stijl toepassen…</translation>
    </message>
    <message>
        <source>Load example</source>
        <translation>Voorbeeld laden</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Apply map style</source>
        <translation>Stijl toepassen</translation>
    </message>
    <message>
        <source>Prepare input data…</source>
        <translation>Gegevens voorbereiden…</translation>
    </message>
    <message>
        <source>Joins CBS, Leefbaarometer and police tables onto the buurten (Processing dialog)</source>
        <translation>Koppelt tabellen van CBS, Leefbaarometer en politie aan de buurten (Processing-dialoog)</translation>
    </message>
    <message>
        <source>Buurt profiles…</source>
        <translation>Buurtprofielen…</translation>
    </message>
    <message>
        <source>Writes one page per buurt with its numbers beside the gemeente&apos;s (Processing dialog)</source>
        <translation>Schrijft per buurt een pagina met de cijfers naast die van de gemeente (Processing-dialoog)</translation>
    </message>
    <message>
        <source>The Utrecht example is in the project.</source>
        <translation>Het voorbeeld Utrecht staat in het project.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>The Temporal Controller steps one year at a time for the film &apos;%1&apos;.</source>
        <translation>De tijdbesturing gaat per jaar door de film &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Export web atlas…</source>
        <translation>Webatlas exporteren…</translation>
    </message>
    <message>
        <source>Writes an interactive atlas per gemeente that opens in any browser, offline (Processing dialog)</source>
        <translation>Schrijft per gemeente een interactieve atlas die in elke browser opent, ook offline (Processing-venster)</translation>
    </message>
</context>
<context>
    <name>VeerkrachtModel</name>
    <message>
        <source>Veerkrachtkaarten</source>
        <translation>Veerkrachtkaarten</translation>
    </message>
    <message>
        <source>Resilience maps (model of the building blocks)</source>
        <translation>Veerkrachtkaarten (model van de bouwstenen)</translation>
    </message>
    <message>
        <source>Vulnerable residents: indicator fields at t1 (same order as at t0)</source>
        <translation>Kwetsbare bewoners: indicatorvelden op t1 (zelfde volgorde als op t0)</translation>
    </message>
    <message>
        <source>Nuisance and unsafety: fields at t1 (same order as at t0)</source>
        <translation>Overlast en onveiligheid: velden op t1 (zelfde volgorde als op t0)</translation>
    </message>
    <message>
        <source>The veerkrachtkaarten for two moments, as a chain of the Veerkracht building blocks. The same as the algorithm &apos;All resilience maps (one run)&apos;. Method: docs/method.md.</source>
        <translation>De veerkrachtkaarten voor twee momenten, als keten van de bouwstenen van Veerkracht. Hetzelfde als het algoritme &apos;Alle veerkrachtkaarten (in één keer)&apos;. Methode: docs/method.md.</translation>
    </message>
</context>
<context>
    <name>VeerkrachtProvider</name>
    <message>
        <source>Veerkracht %1 – neighbourhood resilience maps</source>
        <translation>Veerkracht %1 – veerkrachtkaarten van buurten</translation>
    </message>
</context>
<context>
    <name>VeerkrachtkaartenAlgorithm</name>
    <message>
        <source>veerkrachtkaarten,veerkracht,signaleringskaart,focuskaart,kwetsbare bewoners,overlast,corporatiebezit,veerkrachtscore,buurt</source>
        <translation>veerkrachtkaarten,veerkracht,signaleringskaart,focuskaart,kwetsbare bewoners,overlast,corporatiebezit,veerkrachtscore,buurt</translation>
    </message>
    <message>
        <source>All veerkrachtkaarten in one layer: K, O, their development, the signal, focus, corporation and score maps.</source>
        <translation>Alle veerkrachtkaarten in één laag: K, O, hun ontwikkeling, de signalerings-, focus-, corporatie- en scorekaart.</translation>
    </message>
    <message>
        <source>Vulnerable residents: indicator fields at t0</source>
        <translation>Kwetsbare bewoners: indicatorvelden op t0</translation>
    </message>
    <message>
        <source>Vulnerable residents: indicator fields at t1 (same order; empty: momentopname)</source>
        <translation>Kwetsbare bewoners: indicatorvelden op t1 (zelfde volgorde; leeg: momentopname)</translation>
    </message>
    <message>
        <source>Vulnerable residents: direction per indicator (1 or -1, comma-separated)</source>
        <translation>Kwetsbare bewoners: richting per indicator (1 of -1, kommagescheiden)</translation>
    </message>
    <message>
        <source>Vulnerable residents: weight per indicator (comma-separated)</source>
        <translation>Kwetsbare bewoners: gewicht per indicator (kommagescheiden)</translation>
    </message>
    <message>
        <source>Vulnerable residents: denominator field per indicator at t0, rate per 1000 (comma-separated)</source>
        <translation>Kwetsbare bewoners: noemerveld per indicator op t0, aantal per 1000 (kommagescheiden)</translation>
    </message>
    <message>
        <source>Vulnerable residents: denominator field per indicator at t1 (comma-separated)</source>
        <translation>Kwetsbare bewoners: noemerveld per indicator op t1 (kommagescheiden)</translation>
    </message>
    <message>
        <source>Nuisance and unsafety: fields at t0</source>
        <translation>Overlast en onveiligheid: velden op t0</translation>
    </message>
    <message>
        <source>Nuisance and unsafety: fields at t1 (same order; empty: momentopname)</source>
        <translation>Overlast en onveiligheid: velden op t1 (zelfde volgorde; leeg: momentopname)</translation>
    </message>
    <message>
        <source>Nuisance and unsafety: direction per field (default -1: Leefbaarometer onv)</source>
        <translation>Overlast en onveiligheid: richting per veld (standaard -1: onv van de Leefbaarometer)</translation>
    </message>
    <message>
        <source>Nuisance and unsafety: weight per field (comma-separated)</source>
        <translation>Overlast en onveiligheid: gewicht per veld (kommagescheiden)</translation>
    </message>
    <message>
        <source>Nuisance and unsafety: denominator field per field at t0 (comma-separated)</source>
        <translation>Overlast en onveiligheid: noemerveld per veld op t0 (kommagescheiden)</translation>
    </message>
    <message>
        <source>Nuisance and unsafety: denominator field per field at t1 (comma-separated)</source>
        <translation>Overlast en onveiligheid: noemerveld per veld op t1 (kommagescheiden)</translation>
    </message>
    <message>
        <source>Experienced nuisance: direction per field (1: higher score is more nuisance)</source>
        <translation>Ervaren overlast: richting per veld (1: hogere score is meer overlast)</translation>
    </message>
    <message>
        <source>Standardisation (parameters from the reference set at t0)</source>
        <translation>Standaardisatie (parameters uit de referentieset op t0)</translation>
    </message>
    <message>
        <source>Minimum share of indicators with a value</source>
        <translation>Minimaal aandeel indicatoren met een waarde</translation>
    </message>
    <message>
        <source>Reference set for the standardisation (filter expression; empty: all areas)</source>
        <translation>Referentieset voor de standaardisatie (filterexpressie; leeg: alle gebieden)</translation>
    </message>
    <message>
        <source>Inhabitants field (t1), for small areas and weights (empty: no small-area rule)</source>
        <translation>Veld met inwoners (t1), voor kleine gebieden en gewichten (leeg: geen regel voor kleine gebieden)</translation>
    </message>
    <message>
        <source>Minimum inhabitants (MIN_INWONERS)</source>
        <translation>Minimum aantal inwoners (MIN_INWONERS)</translation>
    </message>
    <message>
        <source>Focus percentile P</source>
        <translation>Focuspercentiel P</translation>
    </message>
    <message>
        <source>Group for the relative signal (empty: the gemeente, from the area code)</source>
        <translation>Groep voor het relatieve signaal (leeg: de gemeente, uit de gebiedscode)</translation>
    </message>
    <message>
        <source>Area code field, to derive the gemeente (empty: detect)</source>
        <translation>Veld met gebiedscodes, om de gemeente af te leiden (leeg: herkennen)</translation>
    </message>
    <message>
        <source>Corporation housing: share field (%)</source>
        <translation>Corporatiebezit: veld met aandeel (%)</translation>
    </message>
    <message>
        <source>Corporation housing: or unit points</source>
        <translation>Corporatiebezit: of punten van verhuureenheden</translation>
    </message>
    <message>
        <source>Corporation housing: dwellings per unit point (empty: 1)</source>
        <translation>Corporatiebezit: woningen per punt (leeg: 1)</translation>
    </message>
    <message>
        <source>Corporation housing: dwellings per area (with unit points)</source>
        <translation>Corporatiebezit: woningen per gebied (bij punten)</translation>
    </message>
    <message>
        <source>Weight the score&apos;s fit by inhabitants</source>
        <translation>De regressie van de score wegen naar inwoners</translation>
    </message>
    <message>
        <source>Veerkrachtkaarten</source>
        <translation>Veerkrachtkaarten</translation>
    </message>
    <message>
        <source>Score fit: intercept a</source>
        <translation>Regressie score: constante a</translation>
    </message>
    <message>
        <source>Score fit: slope b</source>
        <translation>Regressie score: helling b</translation>
    </message>
    <message>
        <source>Score fit: R²</source>
        <translation>Regressie score: R²</translation>
    </message>
    <message>
        <source>Score fit: areas</source>
        <translation>Regressie score: gebieden</translation>
    </message>
    <message>
        <source>Areas with onvoldoende gegevens</source>
        <translation>Gebieden met onvoldoende gegevens</translation>
    </message>
    <message>
        <source>Areas &apos;%1&apos; (signaleringskaart absoluut)</source>
        <translation>Gebieden &apos;%1&apos; (signaleringskaart absoluut)</translation>
    </message>
    <message>
        <source>K level (%1)</source>
        <translation>Niveau K (%1)</translation>
    </message>
    <message>
        <source>O level (%1)</source>
        <translation>Niveau O (%1)</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Summary — signaleringskaart (absoluut): %1.</source>
        <translation>Samenvatting — signaleringskaart (absoluut): %1.</translation>
    </message>
    <message>
        <source>Summary — veerkrachtscore: %1 = %2 + %3 · %4, R² = %5, n = %6 (%7).</source>
        <translation>Samenvatting — veerkrachtscore: %1 = %2 + %3 · %4, R² = %5, n = %6 (%7).</translation>
    </message>
    <message>
        <source>change</source>
        <translation>verandering</translation>
    </message>
    <message>
        <source>momentopname</source>
        <translation>momentopname</translation>
    </message>
    <message>
        <source>Experienced nuisance (survey, map 6): fields at t0</source>
        <translation>Ervaren overlast (enquête, kaart 6): velden op t0</translation>
    </message>
    <message>
        <source>Experienced nuisance (survey, map 6): fields at t1</source>
        <translation>Ervaren overlast (enquête, kaart 6): velden op t1</translation>
    </message>
    <message>
        <source>All resilience maps (one run)</source>
        <translation>Alle veerkrachtkaarten (in één keer)</translation>
    </message>
    <message>
        <source>Computes the whole set of veerkrachtkaarten from a prepared area layer (see &apos;Prepare input data&apos;) and writes &lt;b&gt;one&lt;/b&gt; layer with, per area: k_t0, k_t1, o_t0, o_t1, delta_k, delta_o, the class field and Dutch label of every map, the score and the flag onvoldoende (1 = small area or missing data, class 0 on every map).

Maps: 1 corporatiebezit (corp_klasse; when CORP_SHARE_FIELD or CORP_UNITS is given), 2 kwetsbare bewoners (k_klasse), 3 ontwikkeling kwetsbare bewoners (dk_klasse), 4 overlast en onveiligheid (o_klasse), 5 ontwikkeling overlast en onveiligheid (do_klasse), 7 signaleringskaart absoluut (sign_abs_klasse), 8 relatief to the gemeente (sign_rel_klasse), 9 focuskaart (focus_klasse), 10 veerkrachtscore (score, score_klasse), and map 6 ervaren overlast (e_klasse, de_klasse) when survey fields E_T0/E_T1 are given.

&lt;b&gt;Indicators&lt;/b&gt;: fill one row per indicator in the tables K_INDICATORS (vulnerable residents, e.g. bijstand per 1000 inhabitants, one-person households per 1000 households) and O_INDICATORS (nuisance and unsafety, e.g. the Leefbaarometer&apos;s onv with direction -1: higher is safer): the field at t0 and at t1, the direction (1: a higher value is more vulnerable or more nuisance; -1: the reverse), the weight and, for a count, the denominator field at t0 and t1 (a rate per 1000). &lt;i&gt;Presets&lt;/i&gt; fill a table from the KWB and Leefbaarometer fields the layer has, with the two latest years. Leave the column t1 empty for a &lt;i&gt;momentopname&lt;/i&gt;: only the level maps (2, 4, 9, 1) and the score on levels. The same can be given as separate lists under Advanced (K_T0, K_T1, K_DIRECTIONS, …, in the same order), not together with a table.

Standardisation (default zscore) uses the reference set at t0; an area with fewer than MIN_INWONERS (100) inhabitants (INHABITANTS_FIELD, t1) or without K or O gets &apos;onvoldoende gegevens&apos; and is left out of every fit, percentile and sd. DEAD_BAND (0.25 × sd) sets what counts as a change; PERCENTILE (80) the focus threshold; the relative signal compares with the median of the gemeente (GROUP_FIELD, or derived from the buurt code).

The same chain of building blocks is shipped as models/veerkrachtkaarten.model3 for the Graphical Modeler. Method: docs/method.md.</source>
        <translation>Berekent de hele set veerkrachtkaarten uit een voorbereide gebiedenlaag (zie &apos;Gegevens voorbereiden&apos;) en schrijft &lt;b&gt;één&lt;/b&gt; laag met per gebied: k_t0, k_t1, o_t0, o_t1, delta_k, delta_o, het klasseveld en het Nederlandse label van elke kaart, de score en de vlag onvoldoende (1 = klein gebied of ontbrekende gegevens, klasse 0 op elke kaart).

Kaarten: 1 corporatiebezit (corp_klasse; als CORP_SHARE_FIELD of CORP_UNITS gegeven is), 2 kwetsbare bewoners (k_klasse), 3 ontwikkeling kwetsbare bewoners (dk_klasse), 4 overlast en onveiligheid (o_klasse), 5 ontwikkeling overlast en onveiligheid (do_klasse), 7 signaleringskaart absoluut (sign_abs_klasse), 8 relatief ten opzichte van de gemeente (sign_rel_klasse), 9 focuskaart (focus_klasse), 10 veerkrachtscore (score, score_klasse), en kaart 6 ervaren overlast (e_klasse, de_klasse) als enquêtevelden E_T0/E_T1 gegeven zijn.

&lt;b&gt;Indicatoren&lt;/b&gt;: vul per indicator één rij in de tabellen K_INDICATORS (kwetsbare bewoners, bijv. bijstand per 1000 inwoners, eenpersoonshuishoudens per 1000 huishoudens) en O_INDICATORS (overlast en onveiligheid, bijv. de onv van de Leefbaarometer met richting -1: hoger is veiliger): het veld op t0 en op t1, de richting (1: een hogere waarde is kwetsbaarder of meer overlast; -1: omgekeerd), het gewicht en, voor een aantal, het noemerveld op t0 en t1 (een aantal per 1000). &lt;i&gt;Voorinstellingen&lt;/i&gt; vullen een tabel met de KWB- en Leefbaarometervelden die de laag heeft, met de twee laatste jaren. Laat de kolom t1 leeg voor een &lt;i&gt;momentopname&lt;/i&gt;: alleen de niveaukaarten (2, 4, 9, 1) en de score op niveaus. Hetzelfde kan als losse lijsten onder Geavanceerd (K_T0, K_T1, K_DIRECTIONS, …, in dezelfde volgorde), niet samen met een tabel.

De standaardisatie (standaard zscore) gebruikt de referentieset op t0; een gebied met minder dan MIN_INWONERS (100) inwoners (INHABITANTS_FIELD, t1) of zonder K of O krijgt &apos;onvoldoende gegevens&apos; en blijft buiten elke regressie, elk percentiel en elke sd. DEAD_BAND (0,25 × sd) bepaalt wat als verandering telt; PERCENTILE (80) de focusdrempel; het relatieve signaal vergelijkt met de mediaan van de gemeente (GROUP_FIELD, of afgeleid uit de buurtcode).

Dezelfde keten van bouwstenen wordt meegeleverd als models/veerkrachtkaarten.model3 voor de Grafische Modelbouwer. Methode: docs/method.md.</translation>
    </message>
    <message>
        <source>Vulnerable residents K: indicators, one per row</source>
        <translation>Kwetsbare bewoners K: indicatoren, één per rij</translation>
    </message>
    <message>
        <source>Nuisance and unsafety O: indicators, one per row</source>
        <translation>Overlast en onveiligheid O: indicatoren, één per rij</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: expected at least one indicator (a row with its field at t0), or the fields in %2.</source>
        <translation>%1: verwacht ten minste één indicator (een rij met het veld op t0), of de velden in %2.</translation>
    </message>
    <message>
        <source>%1 and %2: give the indicators either in the table or in the separate lists, not both.</source>
        <translation>%1 en %2: geef de indicatoren in de tabel of in de losse lijsten, niet in beide.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n indicator(s) from the table %2: %3.</source>
        <translation>
            <numerusform>%1: %n indicator uit de tabel %2: %3.</numerusform>
            <numerusform>%1: %n indicatoren uit de tabel %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: give both (two moments) or neither (momentopname); expected the same moments for K and O.</source>
        <translation>%1 en %2: geef beide (twee momenten) of geen van beide (momentopname); verwacht dezelfde momenten voor K en O.</translation>
    </message>
</context>
<context>
    <name>VeerkrachtscoreAlgorithm</name>
    <message>
        <source>Resilience score (map 10)</source>
        <translation>Veerkrachtscore (kaart 10)</translation>
    </message>
    <message>
        <source>veerkrachtscore,score,regressie,residu,OLS,momentopname,kaart 10</source>
        <translation>veerkrachtscore,score,regressie,residu,OLS,momentopname,kaart 10</translation>
    </message>
    <message>
        <source>A continuous resilience score: how much less nuisance rose than expected for the rise in vulnerable residents.</source>
        <translation>Een doorlopende veerkrachtscore: hoeveel minder de overlast steeg dan verwacht bij de toename van kwetsbare bewoners.</translation>
    </message>
    <message>
        <source>Fits ΔO = a + b·ΔK by ordinary least squares over the reference set (WEIGHTED: weighted by the inhabitants of INHABITANTS_FIELD), takes each area&apos;s residual r = ΔO − (a + b·ΔK) and gives the score = −r / sd(r) (sample sd of the residuals). A positive score means less rise in nuisance than expected for the rise in vulnerable residents: resilient. Fields score, score_klasse and score_label:
1 zeer laag (≤ −1.5) · 2 laag (≤ −0.5) · 3 gemiddeld (&lt; 0.5) · 4 hoog (&lt; 1.5) · 5 zeer hoog (≥ 1.5) · 0 onvoldoende gegevens.

With one moment only, give the levels (K_FIELD = k_t0, O_FIELD = o_t0): the same fit of O on K gives a &lt;i&gt;momentopname&lt;/i&gt;. The fit&apos;s a, b, R² and n are outputs of the algorithm and are in the log; it needs at least 3 areas.

Method: docs/method.md (specification.md §4, map 10).</source>
        <translation>Schat ΔO = a + b·ΔK met de kleinste-kwadratenmethode over de referentieset (WEIGHTED: gewogen naar de inwoners uit INHABITANTS_FIELD), neemt het residu van elk gebied r = ΔO − (a + b·ΔK) en geeft de score = −r / sd(r) (steekproef-sd van de residuen). Een positieve score betekent minder toename van overlast dan verwacht bij de toename van kwetsbare bewoners: veerkrachtig. Velden score, score_klasse en score_label:
1 zeer laag (≤ −1.5) · 2 laag (≤ −0.5) · 3 gemiddeld (&lt; 0.5) · 4 hoog (&lt; 1.5) · 5 zeer hoog (≥ 1.5) · 0 onvoldoende gegevens.

Geef bij één moment de niveaus (K_FIELD = k_t0, O_FIELD = o_t0): dezelfde regressie van O op K geeft dan een &lt;i&gt;momentopname&lt;/i&gt;. De a, b, R² en n van de regressie zijn uitvoer van het algoritme en staan in het logboek; er zijn ten minste 3 gebieden nodig.

Methode: docs/method.md (specification.md §4, kaart 10).</translation>
    </message>
    <message>
        <source>ΔK (or K for a momentopname)</source>
        <translation>ΔK (of K bij een momentopname)</translation>
    </message>
    <message>
        <source>ΔO (or O for a momentopname)</source>
        <translation>ΔO (of O bij een momentopname)</translation>
    </message>
    <message>
        <source>Weight the fit by inhabitants (INHABITANTS_FIELD)</source>
        <translation>De regressie wegen naar inwoners (INHABITANTS_FIELD)</translation>
    </message>
    <message>
        <source>Areas with their resilience score</source>
        <translation>Gebieden met hun veerkrachtscore</translation>
    </message>
    <message>
        <source>Intercept a</source>
        <translation>Constante a</translation>
    </message>
    <message>
        <source>Slope b</source>
        <translation>Helling b</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Areas in the fit</source>
        <translation>Gebieden in de regressie</translation>
    </message>
    <message>
        <source>sd of the residuals</source>
        <translation>sd van de residuen</translation>
    </message>
    <message>
        <source>WEIGHTED: a weighted fit needs INHABITANTS_FIELD; expected an inhabitants field, or WEIGHTED false.</source>
        <translation>WEIGHTED: een gewogen regressie heeft INHABITANTS_FIELD nodig; verwacht werd een veld met inwoners, of WEIGHTED onwaar.</translation>
    </message>
    <message>
        <source>%1/%2 (the fit)</source>
        <translation>%1/%2 (de regressie)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Fit %1 = a + b·%2%3: a = %4, b = %5, R² = %6, n = %7; residual sd %8.</source>
        <translation>Regressie %1 = a + b·%2%3: a = %4, b = %5, R² = %6, n = %7; sd van de residuen %8.</translation>
    </message>
    <message>
        <source> (weighted by inhabitants)</source>
        <translation> (gewogen naar inwoners)</translation>
    </message>
    <message>
        <source>Map 10: %1</source>
        <translation>Kaart 10: %1</translation>
    </message>
</context>
<context>
    <name>Voorbeeld</name>
    <message>
        <source>The algorithm %1 is not available: is the Veerkracht provider loaded?</source>
        <translation>Het algoritme %1 is niet beschikbaar: is de Veerkracht-provider geladen?</translation>
    </message>
    <message>
        <source>%1 failed on the Utrecht sample; see the log.</source>
        <translation>%1 is mislukt op het voorbeeld Utrecht; zie het logboek.</translation>
    </message>
    <message>
        <source>The Utrecht sample (data/utrecht) was not found beside the plugin; reinstall the plugin or set VEERKRACHT_DATA_DIR.</source>
        <translation>Het voorbeeld Utrecht (data/utrecht) is niet naast de plug-in gevonden; installeer de plug-in opnieuw of zet VEERKRACHT_DATA_DIR.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the sample&apos;s result.</source>
        <translation>Kan de map %1 voor het resultaat van het voorbeeld niet aanmaken.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Kan %1 niet openen.</translation>
    </message>
    <message>
        <source>Cannot apply the map styles to %1.</source>
        <translation>Kan de kaartstijlen niet toepassen op %1.</translation>
    </message>
    <message>
        <source>Removed the earlier example %1 (no layer uses it).</source>
        <translation>Het eerdere voorbeeld %1 is verwijderd (geen laag gebruikt het).</translation>
    </message>
</context>
<context>
    <name>WebatlasAlgorithm</name>
    <message>
        <source>OUTPUT_FOLDER: cannot write &apos;%1&apos;: %2</source>
        <translation>OUTPUT_FOLDER: kan &apos;%1&apos; niet schrijven: %2</translation>
    </message>
    <message>
        <source>The page file %1 is missing from the plugin; reinstall Veerkracht.</source>
        <translation>Het paginabestand %1 ontbreekt in de plugin; installeer Veerkracht opnieuw.</translation>
    </message>
    <message>
        <source>Web atlas</source>
        <translation>Webatlas</translation>
    </message>
    <message>
        <source>webatlas,web,html,browser,leaflet,interactief,delen,gesprek,kaart,gemeente</source>
        <translation>webatlas,web,html,browser,leaflet,interactief,delen,gesprek,kaart,gemeente</translation>
    </message>
    <message>
        <source>Veerkrachtkaarten</source>
        <translation>Veerkrachtkaarten</translation>
    </message>
    <message>
        <source>An interactive atlas per gemeente that anyone opens in a browser, offline: every map, its legend with counts, a buurt&apos;s numbers and strategy.</source>
        <translation>Een interactieve atlas per gemeente die iedereen in een browser opent, ook offline: elke kaart, de legenda met aantallen, de getallen en de strategie van een buurt.</translation>
    </message>
    <message>
        <source>Veerkrachtkaarten layer</source>
        <translation>Veerkrachtkaartenlaag</translation>
    </message>
    <message>
        <source>Gemeente codes, comma-separated (empty: every gemeente)</source>
        <translation>Gemeentecodes, kommagescheiden (leeg: elke gemeente)</translation>
    </message>
    <message>
        <source>One atlas per gemeente (off: one atlas for all)</source>
        <translation>Eén atlas per gemeente (uit: één atlas voor alles)</translation>
    </message>
    <message>
        <source>Title of a single atlas (empty: the gemeente&apos;s name, gm_naam, or its code)</source>
        <translation>Titel van één atlas (leeg: de naam van de gemeente, gm_naam, of de code)</translation>
    </message>
    <message>
        <source>Period (e.g. 2021–2023)</source>
        <translation>Periode (bijv. 2021–2023)</translation>
    </message>
    <message>
        <source>Buurt code field (empty: detect)</source>
        <translation>Veld met buurtcodes (leeg: herkennen)</translation>
    </message>
    <message>
        <source>Buurt name field (empty: &apos;naam&apos;)</source>
        <translation>Veld met buurtnamen (leeg: &apos;naam&apos;)</translation>
    </message>
    <message>
        <source>Inhabitants field</source>
        <translation>Veld met inwoners</translation>
    </message>
    <message>
        <source>Strategy rule table, when INPUT has no strat_ fields (empty: the default table)</source>
        <translation>Regeltabel voor de aanpak, als INPUT geen velden strat_ heeft (leeg: de standaardtabel)</translation>
    </message>
    <message>
        <source>Rule tables (*.csv *.json)</source>
        <translation>Regeltabellen (*.csv *.json)</translation>
    </message>
    <message>
        <source>Folder of buurt profiles (OUTPUT_FOLDER of &apos;Buurt profiles&apos;), to link to</source>
        <translation>Map met buurtprofielen (OUTPUT_FOLDER van &apos;Buurtprofielen&apos;), om naar te linken</translation>
    </message>
    <message>
        <source>Simplification tolerance (metres; 0: none)</source>
        <translation>Tolerantie voor vereenvoudigen (meter; 0: niet vereenvoudigen)</translation>
    </message>
    <message>
        <source>Page language</source>
        <translation>Taal van de pagina</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message>
        <source>Web atlas (index.html)</source>
        <translation>Webatlas (index.html)</translation>
    </message>
    <message>
        <source>Atlases written</source>
        <translation>Geschreven atlassen</translation>
    </message>
    <message>
        <source>Buurten in the atlases</source>
        <translation>Buurten in de atlassen</translation>
    </message>
    <message>
        <source>INPUT has none of the class fields of the maps (%1); expected the output of &apos;Resilience maps&apos;.</source>
        <translation>INPUT heeft geen van de klassevelden van de kaarten (%1); verwacht werd de uitvoer van &apos;Veerkrachtkaarten maken&apos;.</translation>
    </message>
    <message>
        <source>CODE_FIELD: INPUT has no buurt code field; expected a field such as statcode or buurtcode.</source>
        <translation>CODE_FIELD: INPUT heeft geen veld met buurtcodes; verwacht werd een veld zoals statcode of buurtcode.</translation>
    </message>
    <message>
        <source>NAME_FIELD: INPUT has no field &apos;%1&apos;; the atlas names each buurt by its code.</source>
        <translation>NAME_FIELD: INPUT heeft geen veld &apos;%1&apos;; de atlas noemt elke buurt bij zijn code.</translation>
    </message>
    <message>
        <source>TOLERANCE: expected a number of metres of at least 0, got %1.</source>
        <translation>TOLERANCE: verwacht werd een aantal meter van minstens 0, gekregen %1.</translation>
    </message>
    <message>
        <source>GEMEENTE: &apos;%1&apos; is not a gemeente code; expected codes such as GM0344, comma-separated.</source>
        <translation>GEMEENTE: &apos;%1&apos; is geen gemeentecode; verwacht werden codes zoals GM0344, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>PROFILES: &apos;%1&apos; is not a folder; expected the OUTPUT_FOLDER of &apos;Buurt profiles&apos;.</source>
        <translation>PROFILES: &apos;%1&apos; is geen map; verwacht werd de OUTPUT_FOLDER van &apos;Buurtprofielen&apos;.</translation>
    </message>
    <message>
        <source>INPUT: area %1 cannot be transformed to WGS84: %2</source>
        <translation>INPUT: gebied %1 kan niet naar WGS84 worden omgezet: %2</translation>
    </message>
    <message>
        <source>GEMEENTE: INPUT has no buurt of %1.</source>
        <translation>GEMEENTE: INPUT heeft geen buurt van %1.</translation>
    </message>
    <message>
        <source>CODE_FIELD: no code in &apos;%1&apos; gives a gemeente (or no area has a shape); expected buurt codes such as BU03440114.</source>
        <translation>CODE_FIELD: geen code in &apos;%1&apos; geeft een gemeente (of geen gebied heeft een vorm); verwacht werden buurtcodes zoals BU03440114.</translation>
    </message>
    <message>
        <source>GEMEENTE: INPUT has no buurt of %1; expected a gemeente code such as GM0344.</source>
        <translation>GEMEENTE: INPUT heeft geen buurt van %1; verwacht werd een gemeentecode zoals GM0344.</translation>
    </message>
    <message>
        <source>INPUT: %1 chosen areas have no shape; they are left out of the atlas.</source>
        <translation>INPUT: %1 gekozen gebieden hebben geen vorm; ze ontbreken in de atlas.</translation>
    </message>
    <message>
        <source>OUTPUT_FOLDER: cannot create &apos;%1&apos;.</source>
        <translation>OUTPUT_FOLDER: kan &apos;%1&apos; niet aanmaken.</translation>
    </message>
    <message>
        <source>%1 gemeenten</source>
        <translation>%1 gemeenten</translation>
    </message>
    <message>
        <source>The atlas holds %1 buurten of the %2 chosen (%3 without a shape); the output was not put in place.</source>
        <translation>De atlas bevat %1 van de %2 gekozen buurten (%3 zonder vorm); de uitvoer is niet neergezet.</translation>
    </message>
    <message>
        <source>PROFILES: a link to the profile of %1 of %2 buurten.</source>
        <translation>PROFILES: een link naar het profiel bij %1 van de %2 buurten.</translation>
    </message>
    <message>
        <source>%1 atlases with %2 buurten and %3 maps, %4 kB in all, in %5.</source>
        <translation>%1 atlassen met %2 buurten en %3 kaarten, samen %4 kB, in %5.</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>object %1</translation>
    </message>
    <message>
        <source>INPUT has no areas; expected a layer with at least one area.</source>
        <translation>INPUT heeft geen gebieden; verwacht werd een laag met ten minste één gebied.</translation>
    </message>
    <message numerus="yes">
        <source>INPUT: %n feature(s) are not polygons: %1. Expected areas as polygons only; remove those features, or run &apos;Prepare input data&apos; on polygons.</source>
        <translation>
            <numerusform>INPUT: %n object is geen polygoon: %1. Verwacht werden gebieden als polygonen; verwijder dat object, of gebruik &apos;Gegevens voorbereiden&apos; op polygonen.</numerusform>
            <numerusform>INPUT: %n objecten zijn geen polygonen: %1. Verwacht werden gebieden als polygonen; verwijder die objecten, of gebruik &apos;Gegevens voorbereiden&apos; op polygonen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a web atlas of a veerkrachtkaarten layer (the output of &apos;Resilience maps&apos;, optionally with &apos;Strategy suggestions&apos;): a folder with index.html that opens in any browser from the disk, without a network or a server — send the folder (zipped) to the people at the table.

The page shows every map INPUT has the class field of, switchable, in the colours of the map styles, with the Dutch legend and the number of buurten per class (&apos;onvoldoende gegevens&apos; hatched). Hovering shows a buurt&apos;s name and class; a click opens its numbers beside the median of its gemeente, its class in every map, the strategy suggestion with the rule behind it (from the strat_ fields, or computed with RULES or the default table) and, when PROFILES names the folder of &apos;Buurt profiles&apos;, a link to its profile. A search box finds a buurt by name or code; &apos;Afdrukken&apos; prints the current map with its legend. The page is Dutch; LANGUAGE English makes English the default (the page&apos;s button switches; map titles and classes stay Dutch, as on the printed maps).

PER_GEMEENTE writes one atlas per gemeente in a subfolder named after its code (GM0344/index.html) and an index.html that lists them; off, one atlas holds every chosen buurt. GEMEENTE limits the atlas to some gemeenten (codes, comma-separated). Each atlas is titled with its gemeente&apos;s name from the field gm_naam, or its code; TITLE names a single atlas. The list at the top names the gemeenten of this run. The outlines are simplified for the web with TOLERANCE metres (topology-preserving per buurt; 0 keeps them as they are) and written in WGS84 to about a metre. The map library is Leaflet (BSD licence, its LICENSE beside it in every atlas).</source>
        <translation>Schrijft een webatlas van een veerkrachtkaartenlaag (de uitvoer van &apos;Veerkrachtkaarten maken&apos;, eventueel met &apos;Strategiesuggesties&apos;): een map met index.html die in elke browser vanaf de schijf opent, zonder netwerk of server — stuur de map (gezipt) naar de mensen aan tafel.

De pagina toont elke kaart waarvan INPUT het klasseveld heeft, om te schakelen, in de kleuren van de kaartstijlen, met de Nederlandse legenda en het aantal buurten per klasse (&apos;onvoldoende gegevens&apos; gearceerd). Bij aanwijzen verschijnen de naam en de klasse van een buurt; een klik toont de getallen naast de mediaan van de gemeente, de klasse in elke kaart, de strategiesuggestie met de regel erachter (uit de strat_-velden, of berekend met RULES of de standaardtabel) en, als PROFILES de map van &apos;Buurtprofielen&apos; noemt, een link naar het profiel. Een zoekvak vindt een buurt op naam of code; &apos;Afdrukken&apos; drukt de huidige kaart met legenda af. De pagina is Nederlands; LANGUAGE Engels maakt Engels de standaard (een knop op de pagina wisselt; kaarttitels en klassen blijven Nederlands, zoals op de gedrukte kaarten).

PER_GEMEENTE schrijft één atlas per gemeente in een submap met de gemeentecode (GM0344/index.html) en een index.html die ze opsomt; uit: één atlas met alle gekozen buurten. GEMEENTE beperkt de atlas tot enkele gemeenten (codes, gescheiden door komma&apos;s). Elke atlas krijgt als titel de naam van de gemeente uit het veld gm_naam, of de code; TITLE geeft één atlas een titel. De lijst bovenaan noemt de gemeenten van deze run. De contouren worden voor het web vereenvoudigd met TOLERANCE meter (topologiebewarend per buurt; 0 laat ze zoals ze zijn) en in WGS84 op ongeveer een meter geschreven. De kaartbibliotheek is Leaflet (BSD-licentie, met LICENSE in elke atlas).</translation>
    </message>
    <message>
        <source>TITLE: one atlas per gemeente (PER_GEMEENTE) is titled with its gemeente; TITLE is not used.</source>
        <translation>TITLE: één atlas per gemeente (PER_GEMEENTE) krijgt de gemeente als titel; TITLE wordt niet gebruikt.</translation>
    </message>
    <message>
        <source>RULES: INPUT has the strategy of &apos;Strategy suggestions&apos; (strat_ fields); the atlas shows that one and does not use RULES.</source>
        <translation>RULES: INPUT heeft de strategie van &apos;Strategiesuggesties&apos; (strat_-velden); de atlas toont die en gebruikt RULES niet.</translation>
    </message>
    <message numerus="yes">
        <source>CODE_FIELD: %n area code(s) occur more than once in INPUT: %1. Expected one area per code; dissolve or remove the duplicates.</source>
        <translation>
            <numerusform>CODE_FIELD: %n gebiedscode komt meer dan eens voor in INPUT: %1. Verwacht werd één gebied per code; voeg de dubbele samen of verwijder ze.</numerusform>
            <numerusform>CODE_FIELD: %n gebiedscodes komen meer dan eens voor in INPUT: %1. Verwacht werd één gebied per code; voeg de dubbele samen of verwijder ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>CODE_FIELD: %1 areas have no buurt or wijk code in &apos;%2&apos; that gives a gemeente; they are left out of the atlas.</source>
        <translation>CODE_FIELD: %1 gebieden hebben in &apos;%2&apos; geen buurt- of wijkcode die een gemeente geeft; ze ontbreken in de atlas.</translation>
    </message>
    <message>
        <source>INPUT: %1 areas have a value in %2 that is no class of %3; the atlas shows them as &apos;onvoldoende gegevens&apos;.</source>
        <translation>INPUT: %1 gebieden hebben in %2 een waarde die geen klasse van %3 is; de atlas toont ze als &apos;onvoldoende gegevens&apos;.</translation>
    </message>
    <message>
        <source>PROFILES: &apos;%1&apos; holds no profile of a buurt of the atlas (BU…_buurtprofiel.html); the atlas has no profile links.</source>
        <translation>PROFILES: &apos;%1&apos; bevat geen profiel van een buurt in de atlas (BU…_buurtprofiel.html); de atlas heeft geen links naar profielen.</translation>
    </message>
    <message>
        <source>INHABITANTS_FIELD: the text field &apos;%1&apos; holds no number in any area; expected the number of inhabitants per area.</source>
        <translation>INHABITANTS_FIELD: het tekstveld &apos;%1&apos; bevat in geen enkel gebied een getal; verwacht werd het aantal inwoners per gebied.</translation>
    </message>
    <message>
        <source>INHABITANTS_FIELD: &apos;%1&apos; is empty in every area; the atlas shows no inhabitants.</source>
        <translation>INHABITANTS_FIELD: &apos;%1&apos; is in elk gebied leeg; de atlas toont geen inwoners.</translation>
    </message>
</context>
<context>
    <name>veerkracht</name>
    <message>
        <source>%1: cannot create the folder &apos;%2&apos;; expected a path in a folder that can be created and written.</source>
        <translation>%1: de map &apos;%2&apos; kan niet worden aangemaakt; verwacht werd een pad in een map die kan worden aangemaakt en beschreven.</translation>
    </message>
    <message>
        <source>%1: the folder &apos;%2&apos; cannot be written; expected a writable folder.</source>
        <translation>%1: in de map &apos;%2&apos; kan niet worden geschreven; verwacht werd een beschrijfbare map.</translation>
    </message>
    <message>
        <source>%1: %2 has no field &apos;%3&apos;; expected one of its fields: %4.</source>
        <translation>%1: %2 heeft geen veld &apos;%3&apos;; verwacht werd een van zijn velden: %4.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is a folder; expected the name of a file to write.</source>
        <translation>%1: &apos;%2&apos; is een map; verwacht werd de naam van een bestand om te schrijven.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is the file of input %3; expected a new file — inputs are never overwritten.</source>
        <translation>%1: &apos;%2&apos; is het bestand van invoer %3; verwacht werd een nieuw bestand — invoer wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is also the file of %3; expected a file of its own for each output.</source>
        <translation>%1: &apos;%2&apos; is ook het bestand van %3; verwacht werd een eigen bestand voor elke uitvoer.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is being written by another run (process %3); expected one run at a time per output — wait for it or choose another file.</source>
        <translation>%1: &apos;%2&apos; wordt door een andere run geschreven (proces %3); verwacht werd één run tegelijk per uitvoer — wacht erop of kies een ander bestand.</translation>
    </message>
    <message>
        <source>%1: writing &apos;%2&apos; failed: %3</source>
        <translation>%1: schrijven van &apos;%2&apos; mislukt: %3</translation>
    </message>
    <message>
        <source>%1: writing &apos;%2&apos; failed: the file holds %3 of the %4 features written (is the disk full?); the output was removed.</source>
        <translation>%1: schrijven van &apos;%2&apos; mislukt: het bestand bevat %3 van de %4 geschreven objecten (is de schijf vol?); de uitvoer is verwijderd.</translation>
    </message>
    <message>
        <source>%1: cannot put the finished file in place as &apos;%2&apos;: %3</source>
        <translation>%1: kan het voltooide bestand niet als &apos;%2&apos; neerzetten: %3</translation>
    </message>
    <message>
        <source>the file holds fewer bytes than were written (is the disk full?)</source>
        <translation>het bestand bevat minder bytes dan er geschreven zijn (is de schijf vol?)</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>een named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is %3, which GDAL would wait on for ever; expected a file (save the data to a file first).</source>
        <translation>%1: &apos;%2&apos; is %3, waarop GDAL eindeloos zou wachten; verwacht werd een bestand (sla de gegevens eerst op in een bestand).</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file &apos;%2&apos; beside the output; expected a folder where files can be created.</source>
        <translation>%1: kan het vergrendelbestand &apos;%2&apos; naast de uitvoer niet aanmaken; verwacht werd een map waarin bestanden kunnen worden aangemaakt.</translation>
    </message>
    <message>
        <source>%1: the name &apos;%2&apos; is %3 bytes long; expected a file name of at most %4 bytes (the file system&apos;s limit%5).</source>
        <translation>%1: de naam &apos;%2&apos; is %3 bytes lang; verwacht werd een bestandsnaam van ten hoogste %4 bytes (de grens van het bestandssysteem%5).</translation>
    </message>
    <message>
        <source>, less room for SQLite&apos;s journal beside it</source>
        <translation>, min de ruimte voor het journaal van SQLite ernaast</translation>
    </message>
    <message>
        <source>%1: cannot create the folder &apos;%2&apos;.</source>
        <translation>%1: kan de map &apos;%2&apos; niet aanmaken.</translation>
    </message>
    <message>
        <source>%1: cannot create a folder in &apos;%2&apos;; expected a folder that can be written.</source>
        <translation>%1: kan geen map aanmaken in &apos;%2&apos;; verwacht werd een beschrijfbare map.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; was not written (is the disk full?); the set is not complete and was not put in place.</source>
        <translation>%1: &apos;%2&apos; is niet geschreven (is de schijf vol?); de set is niet compleet en is niet neergezet.</translation>
    </message>
    <message>
        <source>%1: cannot replace &apos;%2&apos;.</source>
        <translation>%1: kan &apos;%2&apos; niet vervangen.</translation>
    </message>
    <message>
        <source>%1: cannot put &apos;%2&apos; in place: %3</source>
        <translation>%1: kan &apos;%2&apos; niet neerzetten: %3</translation>
    </message>
    <message>
        <source>%1: cannot write &apos;%2&apos;: %3</source>
        <translation>%1: kan &apos;%2&apos; niet schrijven: %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is one page of %3 rows of a longer CBS OData table (it links to the next page: %4); expected the whole table — download it with the bulk API (…/ODataFeed/…) or as CSV from StatLine.</source>
        <translation>%1: &apos;%2&apos; is één pagina van %3 rijen van een langere CBS OData-tabel (het verwijst naar de volgende pagina: %4); verwacht werd de hele tabel — download hem met de bulk-API (…/ODataFeed/…) of als CSV uit StatLine.</translation>
    </message>
    <message>
        <source>%1: the OData table &apos;%2&apos; has no rows (&apos;value&apos; is empty); expected the table&apos;s rows.</source>
        <translation>%1: de OData-tabel &apos;%2&apos; heeft geen rijen (&apos;value&apos; is leeg); verwacht werden de rijen van de tabel.</translation>
    </message>
    <message>
        <source>%1: row %2 of the OData table &apos;%3&apos; is not an object of fields; expected {&quot;value&quot;: [{…}, …]}.</source>
        <translation>%1: rij %2 van de OData-tabel &apos;%3&apos; is geen object met velden; verwacht werd {&quot;value&quot;: [{…}, …]}.</translation>
    </message>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (%1 in totaal)</translation>
    </message>
    <message numerus="yes">
        <source>Table &apos;%1&apos; has %n title row(s) above its header; the header was found in its row %2 (%3) and the rows above it were skipped. %4 blank or footnote row(s) below it were skipped too.</source>
        <translation>
            <numerusform>Tabel &apos;%1&apos; heeft %n titelrij boven de kop; de kop is gevonden in rij %2 (%3) en de rij erboven is overgeslagen. Lege rijen of voetnoten eronder, ook overgeslagen: %4.</numerusform>
            <numerusform>Tabel &apos;%1&apos; heeft %n titelrijen boven de kop; de kop is gevonden in rij %2 (%3) en de rijen erboven zijn overgeslagen. Lege rijen of voetnoten eronder, ook overgeslagen: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field t0</source>
        <translation>Veld t0</translation>
    </message>
    <message>
        <source>Field t1</source>
        <translation>Veld t1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Denominator t0</source>
        <translation>Noemer t0</translation>
    </message>
    <message>
        <source>Denominator t1</source>
        <translation>Noemer t1</translation>
    </message>
    <message>
        <source>A table of indicators for a veerkracht index: per row the field at t0 and t1, direction, weight and denominators.</source>
        <translation>Een tabel met indicatoren voor een veerkrachtindex: per rij het veld op t0 en t1, de richting, het gewicht en de noemers.</translation>
    </message>
    <message>
        <source>Indicator table (Veerkracht)</source>
        <translation>Indicatortabel (Veerkracht)</translation>
    </message>
    <message>
        <source>Cells separated by commas, six per row: field t0, field t1, direction (1 or -1), weight, denominator t0, denominator t1</source>
        <translation>Cellen gescheiden door komma&apos;s, zes per rij: veld t0, veld t1, richting (1 of -1), gewicht, noemer t0, noemer t1</translation>
    </message>
    <message>
        <source>row %1 has no field at t0; expected the indicator&apos;s field at t0 in every row</source>
        <translation>rij %1 heeft geen veld op t0; verwacht het veld van de indicator op t0 in elke rij</translation>
    </message>
    <message>
        <source>row %1 (%2): direction &apos;%3&apos;; expected 1 (higher is more) or -1 (higher is less)</source>
        <translation>rij %1 (%2): richting &apos;%3&apos;; verwacht 1 (hoger is meer) of -1 (hoger is minder)</translation>
    </message>
    <message>
        <source>row %1 (%2) has a denominator at one moment only; expected one at both moments or at neither</source>
        <translation>rij %1 (%2) heeft een noemer op één moment; verwacht een noemer op beide momenten of op geen van beide</translation>
    </message>
    <message>
        <source>row %1 (%2) has a denominator at t1 but no field at t1</source>
        <translation>rij %1 (%2) heeft een noemer op t1 maar geen veld op t1</translation>
    </message>
    <message>
        <source>row %1 (%2): some rows have a field at t1 and some have none; expected t1 in every row (two moments) or in none (momentopname)</source>
        <translation>rij %1 (%2): sommige rijen hebben een veld op t1 en andere niet; verwacht t1 in elke rij (twee momenten) of in geen enkele (momentopname)</translation>
    </message>
    <message>
        <source>KWB: bijstand per 1000 inhabitants, one-person households per 1000 households</source>
        <translation>KWB: bijstand per 1000 inwoners, eenpersoonshuishoudens per 1000 huishoudens</translation>
    </message>
    <message>
        <source>KWB: bijstand, one-person households and the share of low-income households</source>
        <translation>KWB: bijstand, eenpersoonshuishoudens en het aandeel huishoudens met een laag inkomen</translation>
    </message>
    <message>
        <source>KWB: share of households with a low income, and at or below the social minimum</source>
        <translation>KWB: aandeel huishoudens met een laag inkomen, en onder of rond het sociaal minimum</translation>
    </message>
    <message>
        <source>Leefbaarometer: nuisance and unsafety (onv, higher is safer)</source>
        <translation>Leefbaarometer: overlast en onveiligheid (onv, hoger is veiliger)</translation>
    </message>
    <message>
        <source>Police: registered crimes per 1000 inhabitants</source>
        <translation>Politie: geregistreerde misdrijven per 1000 inwoners</translation>
    </message>
    <message numerus="yes">
        <source>expected six cells per row (field t0, field t1, direction, weight, denominator t0, denominator t1), got %n cell(s)</source>
        <translation>
            <numerusform>verwacht zes cellen per rij (veld t0, veld t1, richting, gewicht, noemer t0, noemer t1), kreeg %n cel</numerusform>
            <numerusform>verwacht zes cellen per rij (veld t0, veld t1, richting, gewicht, noemer t0, noemer t1), kreeg %n cellen</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 (%2): weight &apos;%3&apos;; expected a number from %4 to %5 (decimal point)</source>
        <translation>rij %1 (%2): gewicht &apos;%3&apos;; verwacht een getal van %4 tot %5 (decimale punt)</translation>
    </message>
    <message>
        <source>row %1 (%2) repeats an earlier row; expected each indicator once (a weight counts it more)</source>
        <translation>rij %1 (%2) herhaalt een eerdere rij; verwacht elke indicator één keer (een gewicht telt hem zwaarder)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rij %1: %2</translation>
    </message>
    <message>
        <source>%1: the table %2 is input %3; expected a new table — inputs are never overwritten.</source>
        <translation>%1: de tabel %2 is invoer %3; verwacht werd een nieuwe tabel — invoer wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>%1: cannot create the table %2 in PostgreSQL (%3): %4</source>
        <translation>%1: kan de tabel %2 in PostgreSQL (%3) niet maken: %4</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>geen antwoord van de server</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; names no PostgreSQL table; expected a connection and a table, such as postgis:dbname=&apos;veerkracht&apos; host=localhost table=&quot;public&quot;.&quot;kaarten&quot; (geom).</source>
        <translation>%1: &apos;%2&apos; noemt geen PostgreSQL-tabel; verwacht werden een verbinding en een tabel, zoals postgis:dbname=&apos;veerkracht&apos; host=localhost table=&quot;public&quot;.&quot;kaarten&quot; (geom).</translation>
    </message>
    <message>
        <source>%1: cannot connect to PostgreSQL (%2): %3; expected a reachable server, an existing database and a valid login (user and password, or an authcfg).</source>
        <translation>%1: kan geen verbinding maken met PostgreSQL (%2): %3; verwacht werden een bereikbare server, een bestaande database en een geldige aanmelding (gebruiker en wachtwoord, of een authcfg).</translation>
    </message>
    <message>
        <source>%1: PostgreSQL (%2) failed: %3</source>
        <translation>%1: PostgreSQL (%2) gaf een fout: %3</translation>
    </message>
    <message>
        <source>%1: the table %2 does not exist in PostgreSQL (%3); expected an existing table, with its schema (table=&quot;schema&quot;.&quot;table&quot;).</source>
        <translation>%1: de tabel %2 bestaat niet in PostgreSQL (%3); verwacht werd een bestaande tabel, met haar schema (table=&quot;schema&quot;.&quot;tabel&quot;).</translation>
    </message>
    <message>
        <source>%1: the schema &quot;%2&quot; does not exist in PostgreSQL (%3); expected an existing schema (or none: public).</source>
        <translation>%1: het schema &quot;%2&quot; bestaat niet in PostgreSQL (%3); verwacht werd een bestaand schema (of geen: public).</translation>
    </message>
    <message>
        <source>%1: the table %2 in PostgreSQL (%3) is being written by another run; expected one run at a time per output table — wait for it or choose another table.</source>
        <translation>%1: de tabel %2 in PostgreSQL (%3) wordt door een andere run geschreven; verwacht werd één run tegelijk per uitvoertabel — wacht daarop of kies een andere tabel.</translation>
    </message>
    <message>
        <source>%1: the table %2 already exists in PostgreSQL (%3); expected a new table, or overwrite=true in the destination to replace it.</source>
        <translation>%1: de tabel %2 bestaat al in PostgreSQL (%3); verwacht werd een nieuwe tabel, of overwrite=true in de bestemming om haar te vervangen.</translation>
    </message>
    <message>
        <source>%1: writing the table %2 in PostgreSQL (%3) failed: it holds %4 of the %5 features written; the output was removed.</source>
        <translation>%1: het schrijven van de tabel %2 in PostgreSQL (%3) is mislukt: zij bevat %4 van de %5 geschreven objecten; de uitvoer is verwijderd.</translation>
    </message>
    <message>
        <source>%1: this output is a file or a folder, not a layer; expected a path, not a PostgreSQL table.</source>
        <translation>%1: deze uitvoer is een bestand of een map, geen laag; verwacht werd een pad, geen PostgreSQL-tabel.</translation>
    </message>
    <message>
        <source>%1: writing the table %2 in PostgreSQL (%3) failed: %4</source>
        <translation>%1: het schrijven van de tabel %2 in PostgreSQL (%3) is mislukt: %4</translation>
    </message>
    <message>
        <source>%1: the table name %2 has a double quote in it, which QGIS cannot read in a data source; expected a schema and table name without &quot;.</source>
        <translation>%1: de tabelnaam %2 bevat een dubbel aanhalingsteken, dat QGIS in een gegevensbron niet kan lezen; verwacht werden een schema- en tabelnaam zonder &quot;.</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is %3 bytes long; expected at most 63 bytes (PostgreSQL&apos;s limit, beyond which it cuts names).</source>
        <translation>%1: de naam &quot;%2&quot; is %3 bytes lang; verwacht werden hoogstens 63 bytes (de grens van PostgreSQL, dat langere namen afkapt).</translation>
    </message>
    <message>
        <source>%1: the table %2 in PostgreSQL (%3) cannot be replaced: the view(s) %4 depend on it; expected a table no view uses, or another table name.</source>
        <translation>%1: de tabel %2 in PostgreSQL (%3) kan niet worden vervangen: de view(s) %4 hangen ervan af; verwacht werd een tabel die geen view gebruikt, of een andere tabelnaam.</translation>
    </message>
    <message>
        <source>%1: the table %2 in PostgreSQL (%3) was written without its geometry; expected a geometry column in the destination, e.g. table=&quot;public&quot;.&quot;kaarten&quot; (geom).</source>
        <translation>%1: de tabel %2 in PostgreSQL (%3) is zonder geometrie geschreven; verwacht werd een geometriekolom in de bestemming, bijv. table=&quot;public&quot;.&quot;kaarten&quot; (geom).</translation>
    </message>
    <message>
        <source>%1: the table %2 in PostgreSQL (%3) cannot be replaced: %4; the earlier table is kept.</source>
        <translation>%1: de tabel %2 in PostgreSQL (%3) kan niet worden vervangen: %4; de eerdere tabel blijft staan.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder of &apos;%2&apos;.</source>
        <translation>%1: kan de map van &apos;%2&apos; niet aanmaken.</translation>
    </message>
</context>
</TS>
