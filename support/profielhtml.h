// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The buurtprofiel as an HTML page, for sharing without a PDF viewer.

#include "support/profielpagina.h"

#include <QByteArray>
#include <QImage>
#include <QList>

#include <optional>

/**
 * \a profiel as one XHTML page, with \a kaarten (the locator, then the maps:
 * ProfielPagina::kaartAfbeeldingen()) embedded as PNG; none when the XML writer fails.
 */
std::optional<QByteArray> profielHtml( const Buurtprofiel &profiel, const QList<QImage> &kaarten );
