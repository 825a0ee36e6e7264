// SPDX-License-Identifier: GPL-2.0-or-later
// The Veerkracht web atlas: draws the buurten of data.js (window.VEERKRACHT_ATLAS, written by
// veerkracht:webatlas) with Leaflet, one switchable map at a time in the colours of the QML
// styles, with the legend and its counts, a hover label, a panel per buurt, search and print.
// It works from file:// without a network: nothing is fetched, no tiles are drawn.
(function () {
  'use strict';

  const atlas = window.VEERKRACHT_ATLAS;

  // Page text; map titles and class labels stay Dutch in every language, as on the printed maps.
  const TEKST = {
    nl: {
      paginatitel: 'Veerkracht – webatlas', afdrukken: 'Afdrukken', taal: 'English', taalCode: 'en',
      zoek: 'Zoek een buurt (naam of code)', kaarten: 'Kaarten', kaart: 'Kaart', navigatie: 'Kaarten en zoeken',
      geenResultaat: 'Geen buurt gevonden.', meer: 'en %1 meer; typ verder.',
      buurt: 'Buurt', gemeente: 'Mediaan gemeente', getal: 'Getal', sluiten: 'Sluiten',
      klassen: 'Klassen', strategie: 'Strategie', geenStrategie: 'Geen strategie: geen regel is van toepassing.',
      profiel: 'Buurtprofiel openen', gemaakt: 'Gemaakt op %1', buurten: '%1 buurten',
      legendaNoot: 'Aantal buurten per klasse.', periode: 'Periode %1', inGemeente: 'in %1'
    },
    en: {
      paginatitel: 'Veerkracht – web atlas', afdrukken: 'Print', taal: 'Nederlands', taalCode: 'nl',
      zoek: 'Find a buurt (name or code)', kaarten: 'Maps', kaart: 'Map', navigatie: 'Maps and search',
      geenResultaat: 'No buurt found.', meer: 'and %1 more; keep typing.',
      buurt: 'Buurt', gemeente: 'Gemeente median', getal: 'Number', sluiten: 'Close',
      klassen: 'Classes', strategie: 'Strategy', geenStrategie: 'No strategy: no rule applies.',
      profiel: 'Open the buurt profile', gemaakt: 'Made on %1', buurten: '%1 buurten',
      legendaNoot: 'Number of buurten per class. Map titles and classes are in Dutch, as on the printed maps.',
      periode: 'Period %1', inGemeente: 'in %1'
    }
  };

  const vraag = new URLSearchParams(window.location.search);
  const TALEN = ['nl', 'en'];
  let taal = TALEN.includes(vraag.get('lang')) ? vraag.get('lang') : (TALEN.includes(atlas.taal) ? atlas.taal : 'nl');
  const ONVOLDOENDE = 'url(#vk-onvoldoende)';
  const $ = (selector) => document.querySelector(selector);
  const t = (sleutel, waarde) => TEKST[taal][sleutel].replace('%1', () => waarde);

  function element(tag, attributen, tekst) {
    const e = document.createElement(tag);
    for (const [naam, waarde] of Object.entries(attributen || {})) {
      e.setAttribute(naam, waarde);
    }
    if (tekst !== undefined) {
      e.textContent = tekst;
    }
    return e;
  }

  function getal(waarde, decimalen) {
    if (waarde === null || waarde === undefined) {
      return '–';
    }
    return new Intl.NumberFormat(taal === 'en' ? 'en-GB' : 'nl-NL',
      { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen }).format(waarde);
  }

  // Rings are integers at 1/schaal degree, each pair after the first a difference to the one before.
  function ringNaarLatLng(ring) {
    const punten = [];
    let x = 0;
    let y = 0;
    for (let i = 0; i + 1 < ring.length; i += 2) {
      x += ring[i];
      y += ring[i + 1];
      punten.push([y / atlas.schaal, x / atlas.schaal]);
    }
    return punten;
  }

  // The class of buurt b in map m, and its entry in the map's classes (the onvoldoende entry for a class the map lacks).
  function klasseVan(b, m) {
    const kaart = atlas.kaarten[m];
    const k = b.k[m];
    return kaart.klassen.find((c) => c.klasse === k) || kaart.klassen.find((c) => c.klasse === 0);
  }

  function kleur(klasse) {
    return klasse && klasse.kleur ? klasse.kleur : ONVOLDOENDE;
  }

  // The hatch drawn like the QML's, in the colours the styles use.
  function patroon() {
    $('#vk-onvoldoende rect').setAttribute('fill', atlas.onvoldoende.kleur);
    $('#vk-onvoldoende line').setAttribute('stroke', atlas.onvoldoende.arcering);
  }

  function staalStijl(klasse) {
    if (klasse.kleur) {
      return 'background:' + klasse.kleur;
    }
    const o = atlas.onvoldoende;
    return 'background:repeating-linear-gradient(45deg,' + o.arcering + ' 0 1.5px,' + o.kleur + ' 1.5px 5px)';
  }

  const kaart = L.map('kaart', { zoomSnap: 0.25, renderer: L.svg({ padding: 0.5 }), keyboard: true });
  kaart.attributionControl.setPrefix('Leaflet');
  kaart.attributionControl.addAttribution(atlas.bron);
  const lagen = new Map(); // code → Leaflet polygon
  let huidigeKaart = 0;
  let gekozen = null;

  function tekenBuurten() {
    const groep = L.featureGroup();
    atlas.buurten.forEach((b) => {
      const vormen = b.v.map((polygoon) => polygoon.map(ringNaarLatLng));
      const laag = L.polygon(vormen.length === 1 ? vormen[0] : vormen, {
        className: 'vk-buurt', color: '#ffffff', weight: 0.7, opacity: 1, fillOpacity: 1,
        fillColor: kleur(klasseVan(b, huidigeKaart)), smoothFactor: 0.5
      });
      laag.bindTooltip(() => {
        const k = klasseVan(b, huidigeKaart);
        return '<strong>' + escape(b.n) + '</strong><br>' + escape(k ? k.label : '');
      }, { sticky: true, direction: 'top', offset: [0, -8] });
      laag.on('click', () => toonBuurt(b));
      laag.buurt = b;
      groep.addLayer(laag);
      lagen.set(b.c, laag);
    });
    // A map draws its layers once it has a view.
    if (atlas.buurten.length > 0) {
      kaart.fitBounds(groep.getBounds(), { padding: [12, 12], animate: false });
    } else {
      kaart.setView([52.1, 5.3], 7);
    }
    groep.addTo(kaart);
    // Not a Tab stop each (Leaflet's tooltips make them focusable): the keyboard reaches a buurt through search.
    lagen.forEach((laag, code) => {
      laag.getElement().setAttribute('data-code', code);
      laag.getElement().setAttribute('tabindex', '-1');
    });
  }

  function escape(s) {
    const d = document.createElement('div');
    d.textContent = s === null || s === undefined ? '' : String(s);
    return d.innerHTML;
  }

  function kiesKaart(m) {
    huidigeKaart = m;
    lagen.forEach((laag) => laag.setStyle({ fillColor: kleur(klasseVan(laag.buurt, m)) }));
    toonLegenda();
    const radio = document.querySelector('input[name=kaart][value="' + atlas.kaarten[m].id + '"]');
    if (radio && !radio.checked) {
      radio.checked = true;
    }
    if (gekozen) {
      toonBuurt(gekozen, false);
    }
    history.replaceState(null, '', '#' + atlas.kaarten[m].id);
  }

  function toonLegenda() {
    const k = atlas.kaarten[huidigeKaart];
    $('#legenda-titel').textContent = k.titel;
    $('#legenda-titel').setAttribute('lang', 'nl');
    const lijst = $('#legenda ul');
    lijst.replaceChildren();
    const aantallen = new Map();
    atlas.buurten.forEach((b) => {
      const c = klasseVan(b, huidigeKaart);
      aantallen.set(c.klasse, (aantallen.get(c.klasse) || 0) + 1);
    });
    k.klassen.forEach((c) => {
      const li = element('li', { 'data-klasse': String(c.klasse) });
      li.append(element('span', { class: 'staal', style: staalStijl(c), 'aria-hidden': 'true' }),
        element('span', { class: 'label', lang: 'nl' }, c.label),
        element('span', { class: 'aantal' }, getal(aantallen.get(c.klasse) || 0, 0)));
      lijst.append(li);
    });
    $('#legenda-noot').textContent = t('legendaNoot');
  }

  function kaartKeuzes() {
    const veld = $('#kaarten');
    veld.querySelectorAll('label').forEach((l) => l.remove());
    atlas.kaarten.forEach((k, m) => {
      const label = element('label');
      const radio = element('input', { type: 'radio', name: 'kaart', value: k.id });
      radio.checked = m === huidigeKaart;
      radio.addEventListener('change', () => {
        if (radio.checked) {
          kiesKaart(m);
        }
      });
      label.append(radio, ' ', element('span', { lang: 'nl' }, k.titel));
      veld.append(label);
    });
  }

  function toonBuurt(b, zoom) {
    if (gekozen && lagen.has(gekozen.c)) {
      lagen.get(gekozen.c).getElement().classList.remove('gekozen');
    }
    gekozen = b;
    const laag = lagen.get(b.c);
    laag.getElement().classList.add('gekozen');
    laag.bringToFront();
    if (zoom) {
      kaart.fitBounds(laag.getBounds(), { maxZoom: 15, padding: [40, 40], animate: false });
    }
    const paneel = $('#paneel');
    paneel.replaceChildren();
    const sluiten = element('button', { type: 'button', id: 'sluiten' }, t('sluiten'));
    sluiten.addEventListener('click', sluitPaneel);
    const gemeente = atlas.gemeenten[b.g] || { naam: b.g, mediaan: [] };
    paneel.append(sluiten, element('h2', { tabindex: '-1' }, b.n),
      element('p', { class: 'code' }, b.c + (gemeente.naam ? ' · ' + gemeente.naam : '')));

    const tabel = element('table');
    const kop = element('tr');
    kop.append(element('th', { scope: 'col' }, t('getal')), element('th', { scope: 'col' }, t('buurt')),
      element('th', { scope: 'col' }, t('gemeente')));
    tabel.append(kop);
    atlas.getallen.forEach((g, i) => {
      const rij = element('tr', { 'data-veld': g.veld });
      rij.append(element('th', { scope: 'row' }, taal === 'en' ? g.name : g.naam),
        element('td', { class: 'buurt' }, getal(b.w[i], g.decimalen)),
        element('td', { class: 'gemeente' }, getal(gemeente.mediaan[i], g.decimalen)));
      tabel.append(rij);
    });
    paneel.append(tabel);

    paneel.append(element('h3', {}, t('klassen')));
    const klassen = element('table', { class: 'klassen' });
    atlas.kaarten.forEach((k, m) => {
      const rij = element('tr', { 'data-kaart': k.id });
      rij.append(element('th', { scope: 'row', lang: 'nl' }, k.titel), element('td', { lang: 'nl' }, klasseVan(b, m).label));
      klassen.append(rij);
    });
    paneel.append(klassen);

    paneel.append(element('h3', {}, t('strategie')));
    const s = b.s >= 0 ? atlas.strategieen[b.s] : null;
    if (s && s.hoofd) {
      paneel.append(element('p', { class: 'strategie' }, s.hoofd), element('p', { class: 'regel' }, s.toelichting));
    } else {
      paneel.append(element('p', { class: 'strategie' }, t('geenStrategie')));
    }
    if (b.pr) {
      paneel.append(element('p', {}).appendChild(element('a', { href: b.pr, id: 'profiel' }, t('profiel'))).parentNode);
    }
    paneel.hidden = false;
    kaart.invalidateSize({ animate: false });
  }

  function sluitPaneel() {
    if (gekozen && lagen.has(gekozen.c)) {
      lagen.get(gekozen.c).getElement().classList.remove('gekozen');
    }
    gekozen = null;
    $('#paneel').hidden = true;
    kaart.invalidateSize({ animate: false });
    $('#zoek').focus();
  }

  // Search on name or code, without case or accents.
  const zonderAccent = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const zoekIndex = atlas.buurten.map((b) => zonderAccent(b.n + ' ' + b.c));

  function zoek() {
    const vraagTekst = zonderAccent($('#zoek').value.trim());
    const uitkomst = $('#zoekresultaten');
    uitkomst.replaceChildren();
    if (!vraagTekst) {
      return [];
    }
    const gevonden = [];
    zoekIndex.forEach((tekst, i) => {
      if (tekst.includes(vraagTekst)) {
        gevonden.push(atlas.buurten[i]);
      }
    });
    // Names that start with what was typed first.
    gevonden.sort((a, b) => Number(!zonderAccent(a.n).startsWith(vraagTekst)) - Number(!zonderAccent(b.n).startsWith(vraagTekst)) || a.n.localeCompare(b.n, 'nl'));
    if (gevonden.length === 0) {
      uitkomst.append(element('p', {}, t('geenResultaat')));
    }
    gevonden.slice(0, 12).forEach((b) => {
      const knop = element('button', { type: 'button', 'data-code': b.c }, b.n + ' (' + b.c + ')');
      knop.addEventListener('click', () => {
        toonBuurt(b, true);
        $('#paneel h2').focus();
      });
      uitkomst.append(knop);
    });
    if (gevonden.length > 12) {
      uitkomst.append(element('p', {}, t('meer', gevonden.length - 12)));
    }
    return gevonden;
  }

  function zetTaal() {
    document.documentElement.lang = taal;
    document.title = (atlas.titel ? atlas.titel + ' – ' : '') + t('paginatitel');
    $('#titel').textContent = atlas.titel ? 'Veerkracht – ' + atlas.titel : 'Veerkracht';
    $('#periode').textContent = atlas.periode ? t('periode', atlas.periode) : t('buurten', getal(atlas.buurten.length, 0));
    $('#afdrukken').textContent = t('afdrukken');
    $('#taal').textContent = t('taal');
    $('#taal').setAttribute('lang', t('taalCode'));
    $('#zoek-label').textContent = t('zoek');
    $('#kaarten-titel').textContent = t('kaarten');
    $('#zijbalk').setAttribute('aria-label', t('navigatie'));
    $('#kaart').setAttribute('aria-label', t('kaart'));
    $('#bron').textContent = atlas.bron;
    const datum = new Date(atlas.datum + 'T12:00:00');
    $('#datum').textContent = t('gemaakt', datum.toLocaleDateString(taal === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }));
    toonLegenda();
    if (gekozen) {
      toonBuurt(gekozen, false);
    }
  }

  function start() {
    $('#laadfout').hidden = true;
    patroon();
    const gevraagd = atlas.kaarten.findIndex((k) => '#' + k.id === window.location.hash);
    huidigeKaart = gevraagd >= 0 ? gevraagd : 0;
    kaartKeuzes();
    tekenBuurten();
    zetTaal();
    $('#zoek').addEventListener('input', zoek);
    $('#zoek').addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        const gevonden = zoek();
        if (gevonden.length > 0) {
          toonBuurt(gevonden[0], true);
        }
      }
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !$('#paneel').hidden) {
        sluitPaneel();
      }
    });
    $('#afdrukken').addEventListener('click', () => window.print());
    $('#taal').addEventListener('click', () => {
      taal = t('taalCode');
      const url = new URL(window.location.href);
      url.searchParams.set('lang', taal);
      history.replaceState(null, '', url.toString());
      zetTaal();
    });
    // ?buurt=BU… opens that buurt's panel: a link to one buurt of the atlas.
    const gevraagdeBuurt = atlas.buurten.find((b) => b.c === (vraag.get('buurt') || '').toUpperCase());
    if (gevraagdeBuurt) {
      toonBuurt(gevraagdeBuurt, false);
    }
    // The print view keeps the map as it is on screen; Leaflet measures its new size first.
    window.addEventListener('beforeprint', () => kaart.invalidateSize({ animate: false }));
    window.matchMedia('print').addEventListener('change', () => kaart.invalidateSize({ animate: false }));
  }

  start();

  // For scripts and the browser test: ready, and a point inside a buurt (brought into view).
  window.veerkrachtAtlas = {
    klaar: true,
    kaart: kaart,
    kiesKaart: (id) => {
      const m = atlas.kaarten.findIndex((k) => k.id === id);
      if (m >= 0) {
        kiesKaart(m);
      }
      return m >= 0;
    },
    schermPunt: (code) => {
      const laag = lagen.get(code);
      const b = laag.buurt;
      kaart.fitBounds(laag.getBounds(), { maxZoom: 16, padding: [60, 60], animate: false });
      // Away from the legend in the lower left: the point goes to the upper middle of the map.
      const grootte = kaart.getSize();
      const doel = L.point(grootte.x * 0.6, grootte.y * 0.35);
      kaart.panBy(kaart.latLngToContainerPoint([b.p[1], b.p[0]]).subtract(doel), { animate: false });
      const punt = kaart.latLngToContainerPoint([b.p[1], b.p[0]]);
      const vak = kaart.getContainer().getBoundingClientRect();
      return { x: vak.left + punt.x, y: vak.top + punt.y };
    }
  };
}());
