// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A point in a projected CRS (metres), shared by the neighbour lists and the intersection areas.

namespace veerkracht {

struct Punt
{
  double x = 0;
  double y = 0;
};

} // namespace veerkracht
