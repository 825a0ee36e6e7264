#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes kwb_titel.xlsx: three KWB 2023 columns of the Utrecht sample as CBS publishes its
spreadsheets — a title row, a source row and a blank row above the header, a footnote below.
Built with the standard library only (an XLSX is a zip of XML); numbers are numeric cells.
Run: python3 tests/data/titelrijen/make_kwb_titel.py"""
import csv, os, zipfile
from xml.sax.saxutils import escape

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, '..', '..', '..', 'data', 'utrecht', 'kwb_2023.csv')
rows = [r for r in csv.DictReader(open(src, encoding='utf-8')) if r['gwb_code'].startswith('BU')]

def cell(ref, value):
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'

def number(text):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text  # '.' stays text, as in CBS files

sheet = [['Kerncijfers wijken en buurten 2023'], ['Bron: CBS, bewerkt voor de Veerkracht-tests'], [],
         ['gwb_code', 'regio', 'a_inw', 'p_koopw', 'inw_duizend']]
# inw_duizend: inhabitants in thousands with three decimals (1.810): number cells, not thousands groups.
sheet += [[r['gwb_code'], r['regio'], number(r['a_inw']), number(r['p_koopw']),
           round(int(r['a_inw']) / 1000, 3) if r['a_inw'].isdigit() else '.'] for r in rows]
sheet += [[], ['Voetnoot: . = geheim of onbekend']]

xml_rows = []
for i, values in enumerate(sheet, start=1):
    cells = ''.join(cell(f'{"ABCDE"[j]}{i}', v) for j, v in enumerate(values))
    xml_rows.append(f'<row r="{i}">{cells}</row>')
sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
files = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
    'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="kwb_titel" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
    'xl/worksheets/sheet1.xml': sheet_xml,
}
with zipfile.ZipFile(os.path.join(here, 'kwb_titel.xlsx'), 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in files.items():
        info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))  # the same bytes on every run
        z.writestr(info, text)
