// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark input (bench/harmoniseer.sh): every 100 m cell of the RD grid that intersects a set of
// polygons (the national buurten), with a seeded synthetic count, as a GeoPackage in EPSG:28992.
// Usage: veerkracht_maakraster <polygons (any OGR source, transformed to RD)> <out.gpkg> [seed]

#include <gdal.h>
#include <geos_c.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

int main( int argc, char **argv )
{
  if ( argc < 3 )
  {
    std::fprintf( stderr, "usage: %s <polygons> <out.gpkg> [seed]\n", argv[0] );
    return 2;
  }
  const unsigned seed = argc > 3 ? static_cast<unsigned>( std::strtoul( argv[3], nullptr, 10 ) ) : 20261128u;
  GDALAllRegister();
  GDALDatasetH in = GDALOpenEx( argv[1], GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
  if ( !in )
    return 1;
  OGRLayerH layer = GDALDatasetGetLayer( in, 0 );
  OGRSpatialReferenceH rd = OSRNewSpatialReference( nullptr );
  OSRImportFromEPSG( rd, 28992 );
  OSRSetAxisMappingStrategy( rd, OAMS_TRADITIONAL_GIS_ORDER );
  OGRSpatialReferenceH wgs = OSRNewSpatialReference( nullptr );
  OSRImportFromEPSG( wgs, 4326 );
  OSRSetAxisMappingStrategy( wgs, OAMS_TRADITIONAL_GIS_ORDER );
  OGRSpatialReferenceH declared = OGR_L_GetSpatialRef( layer );
  OGRCoordinateTransformationH toRd = OCTNewCoordinateTransformation( declared ? declared : wgs, rd );

  // RD extent of the Netherlands in 100 m cells.
  const double x0 = 0, y0 = 300000, size = 100;
  const int nx = 3000, ny = 3300;
  std::vector<unsigned char> hit( static_cast<std::size_t>( nx ) * ny, 0 );
  GEOSContextHandle_t ctx = GEOS_init_r();
  OGRFeatureH f;
  while ( ( f = OGR_L_GetNextFeature( layer ) ) )
  {
    OGRGeometryH g = OGR_F_GetGeometryRef( f );
    if ( g && OGR_G_Transform( g, toRd ) == OGRERR_NONE )
    {
      std::vector<unsigned char> wkb( static_cast<std::size_t>( OGR_G_WkbSize( g ) ) );
      OGR_G_ExportToWkb( g, wkbNDR, wkb.data() );
      GEOSWKBReader *reader = GEOSWKBReader_create_r( ctx );
      GEOSGeometry *geom = GEOSWKBReader_read_r( ctx, reader, wkb.data(), wkb.size() );
      GEOSWKBReader_destroy_r( ctx, reader );
      if ( geom )
      {
        if ( !GEOSisValid_r( ctx, geom ) )
        {
          GEOSGeometry *valid = GEOSMakeValid_r( ctx, geom );
          GEOSGeom_destroy_r( ctx, geom );
          geom = valid;
        }
        const GEOSPreparedGeometry *prepared = GEOSPrepare_r( ctx, geom );
        OGREnvelope e;
        OGR_G_GetEnvelope( g, &e );
        const int i0 = std::max( 0, static_cast<int>( std::floor( ( e.MinX - x0 ) / size ) ) );
        const int i1 = std::min( nx - 1, static_cast<int>( std::floor( ( e.MaxX - x0 ) / size ) ) );
        const int j0 = std::max( 0, static_cast<int>( std::floor( ( e.MinY - y0 ) / size ) ) );
        const int j1 = std::min( ny - 1, static_cast<int>( std::floor( ( e.MaxY - y0 ) / size ) ) );
        for ( int i = i0; i <= i1; ++i )
          for ( int j = j0; j <= j1; ++j )
          {
            unsigned char &h = hit[static_cast<std::size_t>( j ) * nx + i];
            if ( h )
              continue;
            GEOSGeometry *cell = GEOSGeom_createRectangle_r( ctx, x0 + i * size, y0 + j * size, x0 + ( i + 1 ) * size, y0 + ( j + 1 ) * size );
            if ( GEOSPreparedIntersects_r( ctx, prepared, cell ) == 1 )
              h = 1;
            GEOSGeom_destroy_r( ctx, cell );
          }
        GEOSPreparedGeom_destroy_r( ctx, prepared );
        GEOSGeom_destroy_r( ctx, geom );
      }
    }
    OGR_F_Destroy( f );
  }

  GDALDriverH driver = GDALGetDriverByName( "GPKG" );
  GDALDatasetH out = GDALCreate( driver, argv[2], 0, 0, 0, GDT_Unknown, nullptr );
  OGRLayerH cells = GDALDatasetCreateLayer( out, "vierkanten", rd, wkbPolygon, nullptr );
  OGRFieldDefnH code = OGR_Fld_Create( "crs28992res100m", OFTString );
  OGR_L_CreateField( cells, code, TRUE );
  OGRFieldDefnH n = OGR_Fld_Create( "aantal_inwoners", OFTInteger );
  OGR_L_CreateField( cells, n, TRUE );
  std::mt19937 random( seed );
  std::uniform_int_distribution<int> inhabitants( 0, 250 );
  std::uniform_int_distribution<int> suppressed( 0, 19 );
  GDALDatasetStartTransaction( out, FALSE );
  long long written = 0;
  for ( int j = 0; j < ny; ++j )
    for ( int i = 0; i < nx; ++i )
    {
      if ( !hit[static_cast<std::size_t>( j ) * nx + i] )
        continue;
      OGRFeatureH cell = OGR_F_Create( OGR_L_GetLayerDefn( cells ) );
      char name[64];
      std::snprintf( name, sizeof name, "E%04dN%04d", static_cast<int>( ( x0 + i * size ) / 100 ), static_cast<int>( ( y0 + j * size ) / 100 ) );
      OGR_F_SetFieldString( cell, 0, name );
      // Synthetic: about one cell in twenty suppressed as CBS does (−99997).
      OGR_F_SetFieldInteger( cell, 1, suppressed( random ) == 0 ? -99997 : inhabitants( random ) );
      OGRGeometryH ring = OGR_G_CreateGeometry( wkbLinearRing );
      const double ax = x0 + i * size, ay = y0 + j * size;
      OGR_G_AddPoint_2D( ring, ax, ay );
      OGR_G_AddPoint_2D( ring, ax + size, ay );
      OGR_G_AddPoint_2D( ring, ax + size, ay + size );
      OGR_G_AddPoint_2D( ring, ax, ay + size );
      OGR_G_AddPoint_2D( ring, ax, ay );
      OGRGeometryH polygon = OGR_G_CreateGeometry( wkbPolygon );
      OGR_G_AddGeometryDirectly( polygon, ring );
      OGR_F_SetGeometryDirectly( cell, polygon );
      const bool ok = OGR_L_CreateFeature( cells, cell ) == OGRERR_NONE;
      OGR_F_Destroy( cell );
      if ( !ok )
      {
        std::fprintf( stderr, "cannot write %s\n", argv[2] );
        return 1;
      }
      ++written;
    }
  GDALDatasetCommitTransaction( out );
  GDALClose( out );
  GDALClose( in );
  GEOS_finish_r( ctx );
  std::printf( "%lld cells\n", written );
  return 0;
}
