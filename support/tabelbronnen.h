// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Tables as people download them, made readable for JoinTable: a CBS OData JSON file, a
// spreadsheet with title rows above its header, and the field separator of a text file.

#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <QVariant>

#include <memory>
#include <vector>

class QgsVectorLayer;
class QgsProcessingFeedback;

namespace veerkracht {

/**
 * The field separator of a delimited text table (',' ';' or tab), from its header line; a null
 * QChar when the layer is not a delimited text file. A ';' file is Dutch: its points separate
 * thousands.
 */
QChar tableDelimiter( const QgsVectorLayer &layer );

/**
 * A CBS OData table saved as JSON (`{"odata.metadata": …, "value": [ {…}, … ]}`, as the CBS
 * OData API and StatLine give it): a memory table with a field per key, text where any row holds
 * text, numbers otherwise. Null when the file is not such a table. Throws QgsProcessingException
 * for a file that is one but cannot be used: only one page of a longer table (odata.nextLink), no
 * rows, rows that are not objects.
 */
std::unique_ptr<QgsVectorLayer> openODataTable( const QString &path, const QString &parameter );

/**
 * \a value (a path or a list of them) with every CBS OData JSON file replaced by its table,
 * loaded into \a keep: for QGIS's parameter checks, which know no such file. Invalid OData
 * files are left as paths (the algorithm then names what is wrong).
 */
QVariant withODataTables( const QVariant &value, std::vector<std::unique_ptr<QgsVectorLayer>> &keep );

/**
 * A spreadsheet or text table whose header is not its first row (CBS puts a title, the source
 * and blank rows above it): when \a layer has no known area code field but one of its first 30
 * rows holds one (gwb_code, statcode, …) or the row above the first CBS codes holds names, a
 * memory table with that row as field names and the rows below it as data. Null when the
 * first row is the header. The rows skipped are reported.
 */
std::unique_ptr<QgsVectorLayer> withHeaderRow( QgsVectorLayer &layer, QgsProcessingFeedback *feedback );

} // namespace veerkracht
