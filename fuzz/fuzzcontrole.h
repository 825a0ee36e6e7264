// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the fuzzers check beyond crashes and sanitizer reports: a property a parser must keep.
// A broken one aborts, so that libFuzzer keeps the input as a crash like any other finding.

#include <cstdio>
#include <cstdlib>

#define VEREIST( voorwaarde ) \
  ( ( voorwaarde ) ? static_cast<void>( 0 ) : veerkrachtfuzz::gebroken( #voorwaarde, __FILE__, __LINE__ ) )

namespace veerkrachtfuzz {

[[noreturn]] inline void gebroken( const char *voorwaarde, const char *bestand, int regel )
{
  std::fprintf( stderr, "fuzz: property broken: %s (%s:%d)\n", voorwaarde, bestand, regel );
  std::abort();
}

} // namespace veerkrachtfuzz
