// SPDX-License-Identifier: GPL-2.0-or-later
// PostGIS as input and output (issue #19), against the real server tests/postgis/run.sh starts:
// the Utrecht demo chain gives the same values from and into PostGIS as with files, the styles
// travel with the table, and faults (a stopped server, a wrong login, an existing table, two
// writers) give clear errors and never a half table. Passwords never appear in what the CLI prints.

#include "processrun.h"
#include "qgistestmain.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>

#include <libpq-fe.h>

#include <cmath>

namespace {

QString env( const char *name )
{
  return qEnvironmentVariable( name );
}

QProcessEnvironment cliEnvironment()
{
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.remove( QStringLiteral( "QGIS_PREFIX_PATH" ) );
  for ( const char *name : { "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE" } )
    e.remove( QString::fromLatin1( name ) ); // every connection is given, as a user gives it
  // QGIS's authentication manager takes this variable out of its process once read (this test's too).
  e.insert( QStringLiteral( "QGIS_AUTH_PASSWORD_FILE" ), env( "VEERKRACHT_PG_AUTH_PASSWORD_FILE" ) );
  return e;
}

} // namespace

class TestPostgis : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mDir;
    QString mCli = QStringLiteral( VEERKRACHT_CLI );
    QString mData = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht" );
    QString mPassword = env( "VEERKRACHT_PG_PASSWORD" );
    QStringList mPrinted; //!< everything the CLI printed, to look for the password in

    QString connection( const QString &password ) const
    {
      return QStringLiteral( "dbname='%1' host=%2 port=%3 user='%4' password='%5'" )
        .arg( env( "VEERKRACHT_PG_DATABASE" ), env( "VEERKRACHT_PG_HOST" ), env( "VEERKRACHT_PG_PORT" ), env( "VEERKRACHT_PG_USER" ), password );
    }
    //! A table as a source or destination; \a geometry false for a table without one.
    QString table( const QString &name, bool geometry = true, const QString &extra = QString() ) const
    {
      return QStringLiteral( "%1 table=\"public\".\"%2\"%3%4" ).arg( connection( mPassword ), name, geometry ? QStringLiteral( " (geom)" ) : QString(),
                                                                    extra.isEmpty() ? QString() : QLatin1Char( ' ' ) + extra );
    }

    ProcessRun cli( const QString &algorithm, const QStringList &parameters, bool json = false )
    {
      QStringList arguments { QStringLiteral( "run" ), algorithm };
      if ( json )
        arguments << QStringLiteral( "--json" );
      arguments << QStringLiteral( "--" ) << parameters;
      const ProcessRun run = runProcess( mCli, arguments, cliEnvironment(), 600000, mDir.path() );
      mPrinted << run.out << run.err;
      return run;
    }

    //! The first value of \a sql's result ("" for none); fails the test when the query fails.
    QString sql( const QString &query )
    {
      PGconn *connectionHandle = PQconnectdb( connection( mPassword ).toUtf8().constData() );
      if ( PQstatus( connectionHandle ) != CONNECTION_OK )
      {
        const QString error = QString::fromUtf8( PQerrorMessage( connectionHandle ) );
        PQfinish( connectionHandle );
        qWarning( "%s", qPrintable( error ) );
        return QStringLiteral( "<no connection>" );
      }
      PGresult *result = PQexec( connectionHandle, query.toUtf8().constData() );
      QString value;
      if ( PQresultStatus( result ) == PGRES_TUPLES_OK && PQntuples( result ) > 0 && !PQgetisnull( result, 0, 0 ) )
        value = QString::fromUtf8( PQgetvalue( result, 0, 0 ) );
      else if ( PQresultStatus( result ) != PGRES_TUPLES_OK && PQresultStatus( result ) != PGRES_COMMAND_OK )
        qWarning( "%s: %s", qPrintable( query ), PQresultErrorMessage( result ) );
      PQclear( result );
      PQfinish( connectionHandle );
      return value;
    }

    void server( const char *action )
    {
      QCOMPARE( runProcess( env( "VEERKRACHT_PG_CTL" ), { QString::fromLatin1( action ) }, QProcessEnvironment::systemEnvironment(), 120000 ).exitCode, 0 );
    }

    QString temporaryTables() { return sql( QStringLiteral( "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE tablename LIKE 'vk\\_tmp\\_%'" ) ); }

    //! Every attribute of every area of \a expected (a file) equals the table's, by area code; the areas' geometry too.
    void compareLayers( const QString &expectedFile, const QString &tableName )
    {
      QgsVectorLayer expected( expectedFile, QStringLiteral( "file" ), QStringLiteral( "ogr" ) );
      QgsVectorLayer actual( table( tableName ), QStringLiteral( "postgis" ), QStringLiteral( "postgres" ) );
      QVERIFY2( expected.isValid(), qPrintable( expectedFile ) );
      QVERIFY2( actual.isValid(), qPrintable( tableName ) );
      QCOMPARE( actual.featureCount(), expected.featureCount() );
      QVERIFY( expected.featureCount() > 100 );
      QStringList names;
      for ( const QgsField &field : expected.fields() )
        if ( field.name() != QLatin1String( "fid" ) )
        {
          names << field.name();
          QVERIFY2( actual.fields().indexOf( field.name() ) >= 0, qPrintable( QStringLiteral( "%1 lacks field %2" ).arg( tableName, field.name() ) ) );
        }
      QHash<QString, QgsFeature> byCode;
      QgsFeature feature;
      QgsFeatureIterator it = actual.getFeatures();
      while ( it.nextFeature( feature ) )
        byCode.insert( feature.attribute( QStringLiteral( "statcode" ) ).toString(), feature );
      QCOMPARE( byCode.size(), static_cast<int>( expected.featureCount() ) );
      int compared = 0;
      it = expected.getFeatures();
      while ( it.nextFeature( feature ) )
      {
        const QString code = feature.attribute( QStringLiteral( "statcode" ) ).toString();
        QVERIFY2( byCode.contains( code ), qPrintable( code ) );
        const QgsFeature &other = byCode[code];
        for ( const QString &name : std::as_const( names ) )
        {
          const QVariant a = feature.attribute( name ), b = other.attribute( name );
          const QString where = QStringLiteral( "%1 %2.%3: file %4, PostGIS %5" ).arg( tableName, code, name, a.toString(), b.toString() );
          QVERIFY2( a.isNull() == b.isNull(), qPrintable( where ) );
          if ( a.isNull() )
            continue;
          bool numberA = false, numberB = false;
          const double x = a.toDouble( &numberA ), y = b.toDouble( &numberB );
          if ( numberA && numberB && a.userType() != QMetaType::QString )
            QVERIFY2( std::fabs( x - y ) <= 1e-9 * std::max( 1.0, std::fabs( x ) ), qPrintable( where ) );
          else
            QVERIFY2( a.toString() == b.toString(), qPrintable( where ) );
          ++compared;
        }
        QVERIFY2( std::fabs( feature.geometry().area() - other.geometry().area() ) <= 1e-6 * std::max( 1.0, feature.geometry().area() ), qPrintable( code ) );
      }
      QVERIFY( compared > 1000 );
    }

    //! The demo chain (scripts/demo.sh) with \a input and \a output naming each layer.
    void demoChain( const std::function<QString( const QString & )> &input, const std::function<QString( const QString & )> &output, const QString &folder )
    {
      ProcessRun run = cli( QStringLiteral( "veerkracht:prepareer" ), { QStringLiteral( "INPUT=" ) + input( QStringLiteral( "buurten_2019" ) ),
                            QStringLiteral( "TABLES=" ) + input( QStringLiteral( "kwb_2021_subset_en" ) ), QStringLiteral( "TABLES=" ) + input( QStringLiteral( "kwb_2023" ) ),
                            QStringLiteral( "TABLES=" ) + input( QStringLiteral( "leefbaarometer_buurten_2002_2024" ) ),
                            QStringLiteral( "TABLE_SUFFIXES=_2021,_2023" ), QStringLiteral( "OUTPUT=" ) + output( QStringLiteral( "voorbereid" ) ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      run = cli( QStringLiteral( "veerkracht:veerkrachtkaarten" ), { QStringLiteral( "INPUT=" ) + input( QStringLiteral( "voorbereid" ) ),
                 QStringLiteral( "K_INDICATORS=n_pp_w_assitance_2021,a_soz_wb_2023,1,1,Number.of.inhabitants_2021,a_inw_2023" ),
                 QStringLiteral( "K_INDICATORS=Number.of.1.person.household_2021,a_1p_hh_2023,1,1,Number.of.households_2021,a_hh_2023" ),
                 QStringLiteral( "O_INDICATORS=onv_2020,onv_2024,-1,1,," ), QStringLiteral( "INHABITANTS_FIELD=a_inw_2023" ), QStringLiteral( "CORP_SHARE_FIELD=p_wcorpw_2023" ),
                 QStringLiteral( "OUTPUT=" ) + output( QStringLiteral( "kaarten" ) ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QVERIFY2( run.err.contains( QStringLiteral( "veerkracht onder druk 5, veerkrachtig 23, overlast neemt toe 27, stabiel of verbeterend 47, onvoldoende gegevens 9" ) ), qPrintable( run.err ) );
      run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=" ) + input( QStringLiteral( "kaarten" ) ), QStringLiteral( "OUTPUT=" ) + output( QStringLiteral( "strategie" ) ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      run = cli( QStringLiteral( "veerkracht:kaartenset" ), { QStringLiteral( "INPUT=" ) + input( QStringLiteral( "kaarten" ) ), QStringLiteral( "AREA_NAME=Utrecht" ),
                 QStringLiteral( "PERIOD=2021–2023" ), QStringLiteral( "DPI=40" ), QStringLiteral( "OUTPUT_FOLDER=%1/kaartenset" ).arg( folder ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      run = cli( QStringLiteral( "veerkracht:buurtprofiel" ), { QStringLiteral( "INPUT=" ) + input( QStringLiteral( "strategie" ) ), QStringLiteral( "AREAS=BU03440731,BU03440723" ),
                 QStringLiteral( "PERIOD=2021–2023" ), QStringLiteral( "INHABITANTS_FIELD=a_inw_2023" ), QStringLiteral( "OUTPUT_FOLDER=%1/buurtprofielen" ).arg( folder ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    }

    //! The HTML pages of a profile folder, without the pixels of the charts (features drawn in
    //! another order blend other edge pixels).
    static QMap<QString, QString> pages( const QString &folder )
    {
      QMap<QString, QString> texts;
      for ( const QString &name : QDir( folder ).entryList( { QStringLiteral( "*.html" ) }, QDir::Files ) )
      {
        QFile file( QDir( folder ).filePath( name ) );
        if ( file.open( QIODevice::ReadOnly ) )
          texts.insert( name, QString::fromUtf8( file.readAll() ).replace( QRegularExpression( QStringLiteral( "base64,[^\"]*\"" ) ), QStringLiteral( "base64,…\"" ) ) );
      }
      return texts;
    }

    //! Starts a run that writes the national table \a name (13,594 buurten; seconds of writing).
    void startNational( QProcess &process, const QString &name, const QString &extra )
    {
      process.setProcessEnvironment( cliEnvironment() );
      process.start( mCli, { QStringLiteral( "run" ), QStringLiteral( "veerkracht:prepareer" ), QStringLiteral( "--" ),
                             QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "nl_buurten" ) ), QStringLiteral( "TABLES=postgres://" ) + table( QStringLiteral( "nl_codes" ), false ),
                             QStringLiteral( "OUTPUT=postgis:" ) + table( name, true, extra ) } );
      QVERIFY( process.waitForStarted() );
    }

    //! Waits until a run holds the write lock of a table (its advisory lock is granted).
    bool waitForWriter( int timeoutMs )
    {
      QElapsedTimer timer;
      timer.start();
      while ( timer.elapsed() < timeoutMs )
      {
        if ( sql( QStringLiteral( "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted" ) ).toInt() > 0 )
          return true;
        QThread::msleep( 20 );
      }
      return false;
    }

    static QString finish( QProcess &process )
    {
      process.waitForFinished( 600000 );
      return QString::fromUtf8( process.readAllStandardError() );
    }

  private slots:
    void initTestCase()
    {
      QVERIFY2( !env( "VEERKRACHT_PG_PORT" ).isEmpty(), "run through tests/postgis/run.sh, which starts the server" );
      QVERIFY( mDir.isValid() );
      mDir.setAutoRemove( qEnvironmentVariableIsEmpty( "VEERKRACHT_KEEP" ) );
      qInfo( "%s", qPrintable( mDir.path() ) );
      QVERIFY( !mPassword.isEmpty() );
    }

    void demoChainGivesTheSameValues()
    {
      const QString files = mDir.filePath( QStringLiteral( "bestanden" ) ), database = mDir.filePath( QStringLiteral( "postgis" ) );
      QDir().mkpath( files );
      QDir().mkpath( database );
      const QMap<QString, QString> sources { { QStringLiteral( "buurten_2019" ), mData + QStringLiteral( "/buurten_2019.geojson" ) },
        { QStringLiteral( "kwb_2021_subset_en" ), mData + QStringLiteral( "/kwb_2021_subset_en.csv" ) },
        { QStringLiteral( "kwb_2023" ), mData + QStringLiteral( "/kwb_2023.csv" ) },
        { QStringLiteral( "leefbaarometer_buurten_2002_2024" ), mData + QStringLiteral( "/leefbaarometer_buurten_2002_2024.csv" ) } };
      const auto fileOf = [&]( const QString &name ) { return sources.value( name, QStringLiteral( "%1/%2.gpkg" ).arg( files, name ) ); };
      demoChain( fileOf, fileOf, files );
      if ( QTest::currentTestFailed() )
        return;
      // From PostGIS (the raw tables loaded by ogr2ogr, then each output of the chain) into PostGIS,
      // the tables given in the bare form QGIS shows as a layer's source.
      const auto tableOf = [&]( const QString &name ) {
        return name.startsWith( QLatin1String( "kwb" ) ) || name.startsWith( QLatin1String( "leefbaarometer" ) ) ? table( name, false ) : table( name );
      };
      demoChain( tableOf, [&]( const QString &name ) { return QStringLiteral( "postgis:" ) + table( name ); }, database );
      if ( QTest::currentTestFailed() )
        return;
      for ( const QString &name : { QStringLiteral( "voorbereid" ), QStringLiteral( "kaarten" ), QStringLiteral( "strategie" ) } )
      {
        compareLayers( QStringLiteral( "%1/%2.gpkg" ).arg( files, name ), name );
        if ( QTest::currentTestFailed() )
          return;
      }
      // The printed set and the profiles: the same pages, and the same words on the profiles.
      const QStringList sheets = QDir( files + QStringLiteral( "/kaartenset" ) ).entryList( QDir::Files );
      QVERIFY( sheets.size() >= 10 );
      QCOMPARE( QDir( database + QStringLiteral( "/kaartenset" ) ).entryList( QDir::Files ), sheets );
      const QMap<QString, QString> expected = pages( files + QStringLiteral( "/buurtprofielen" ) );
      QCOMPARE( expected.size(), 2 );
      QCOMPARE( pages( database + QStringLiteral( "/buurtprofielen" ) ), expected );
      QCOMPARE( temporaryTables(), QString() );
      // Indexed for a planner's map, and named after the table.
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM pg_indexes WHERE tablename = 'kaarten' AND indexdef LIKE '%USING gist%'" ) ), QStringLiteral( "1" ) );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'vk\\_tmp%'" ) ), QStringLiteral( "0" ) );
    }

    void stylesTravelWithTheTable()
    {
      // The map set's table (written above) has its styles in layer_styles, one of them the default.
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM layer_styles WHERE f_table_name = 'kaarten' AND useasdefault" ) ), QStringLiteral( "1" ) );
      QVERIFY( sql( QStringLiteral( "SELECT count(*) FROM layer_styles WHERE f_table_name = 'kaarten'" ) ).toInt() >= 9 );
      const QString defaultName = sql( QStringLiteral( "SELECT stylename FROM layer_styles WHERE f_table_name = 'kaarten' AND useasdefault" ) );
      QCOMPARE( defaultName, QStringLiteral( "Signaleringskaart (absoluut)" ) );

      // QGIS opens the table styled, as it opens the GeoPackage of the same run.
      QgsVectorLayer file( mDir.filePath( QStringLiteral( "bestanden/kaarten.gpkg" ) ), QStringLiteral( "file" ), QStringLiteral( "ogr" ) );
      QgsVectorLayer table( this->table( QStringLiteral( "kaarten" ) ), QStringLiteral( "kaarten" ), QStringLiteral( "postgres" ) );
      QVERIFY( file.isValid() && table.isValid() );
      const auto *expected = dynamic_cast<const QgsCategorizedSymbolRenderer *>( file.renderer() );
      const auto *actual = dynamic_cast<const QgsCategorizedSymbolRenderer *>( table.renderer() );
      QVERIFY2( expected && actual, "both open with the categorized signal map" );
      QCOMPARE( actual->classAttribute(), expected->classAttribute() );
      QCOMPARE( actual->categories().size(), expected->categories().size() );
      for ( int i = 0; i < expected->categories().size(); ++i )
      {
        QCOMPARE( actual->categories().at( i ).label(), expected->categories().at( i ).label() );
        QCOMPARE( actual->categories().at( i ).symbol()->color().name(), expected->categories().at( i ).symbol()->color().name() );
      }

      // Written again with overwrite=true: still one default and no second copy of a style.
      const QString before = sql( QStringLiteral( "SELECT count(*) FROM layer_styles WHERE f_table_name = 'kaarten'" ) );
      const ProcessRun run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://" ) + this->table( QStringLiteral( "kaarten" ) ),
                                  QStringLiteral( "OUTPUT=postgis:" ) + this->table( QStringLiteral( "strategie" ), true, QStringLiteral( "overwrite=true" ) ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM layer_styles WHERE f_table_name = 'kaarten'" ) ), before );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM layer_styles WHERE f_table_name = 'strategie' AND useasdefault" ) ), QStringLiteral( "1" ) );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) - count(DISTINCT stylename) FROM layer_styles WHERE f_table_name = 'strategie'" ) ), QStringLiteral( "0" ) );
    }

    void existingTableIsRefused()
    {
      const QString count = sql( QStringLiteral( "SELECT count(*) FROM strategie" ) );
      const QString oldest = sql( QStringLiteral( "SELECT xmin::text FROM strategie LIMIT 1" ) );
      const ProcessRun run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "kaarten" ) ),
                                  QStringLiteral( "OUTPUT=postgis:" ) + table( QStringLiteral( "strategie" ) ) } );
      QCOMPARE( run.exitCode, 1 );
      QVERIFY2( run.err.contains( QStringLiteral( "OUTPUT: the table \"public\".\"strategie\" already exists in PostgreSQL (dbname=veerkracht host=127.0.0.1 port=%1 user=veerkracht); "
                                                  "expected a new table, or overwrite=true in the destination to replace it." ).arg( env( "VEERKRACHT_PG_PORT" ) ) ),
                qPrintable( run.err ) );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM strategie" ) ), count );
      QCOMPARE( sql( QStringLiteral( "SELECT xmin::text FROM strategie LIMIT 1" ) ), oldest ); // not rewritten
      QCOMPARE( temporaryTables(), QString() );

      // An input is never the output, however the connection is spelled.
      QString sameTable = table( QStringLiteral( "kaarten" ), true, QStringLiteral( "overwrite=true" ) );
      sameTable.replace( QStringLiteral( "host=127.0.0.1" ), QStringLiteral( "host=localhost" ) );
      const ProcessRun aliased = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "kaarten" ) ), QStringLiteral( "OUTPUT=postgis:" ) + sameTable } );
      QCOMPARE( aliased.exitCode, 1 );
      QVERIFY2( aliased.err.contains( QStringLiteral( "OUTPUT: the table \"public\".\"kaarten\" is input INPUT; expected a new table — inputs are never overwritten." ) ), qPrintable( aliased.err ) );
    }

    void wrongLoginsGiveOneLine()
    {
      struct Case
      {
          QString text;
          QString expected;
      };
      QString wrongPassword = QStringLiteral( "postgres://" ) + table( QStringLiteral( "kaarten" ) );
      wrongPassword.replace( mPassword, QStringLiteral( "fout-wachtwoord" ) );
      QString unknownDatabase = QStringLiteral( "postgres://" ) + table( QStringLiteral( "kaarten" ) );
      unknownDatabase.replace( QStringLiteral( "dbname='veerkracht'" ), QStringLiteral( "dbname='bestaatniet'" ) );
      const QString named = QStringLiteral( "host=127.0.0.1 port=%1 user=veerkracht" ).arg( env( "VEERKRACHT_PG_PORT" ) );
      const QList<Case> cases {
        { wrongPassword, QStringLiteral( "veerkracht: INPUT: cannot connect to PostgreSQL (dbname=veerkracht %1): password authentication failed for user \"veerkracht\"; "
                                         "expected a reachable server, an existing database and a valid login (user and password, or an authcfg)." ).arg( named ) },
        { unknownDatabase, QStringLiteral( "veerkracht: INPUT: cannot connect to PostgreSQL (dbname=bestaatniet %1): database \"bestaatniet\" does not exist; " ).arg( named ) },
        { QStringLiteral( "postgres://" ) + table( QStringLiteral( "geen_tabel" ) ),
          QStringLiteral( "veerkracht: INPUT: the table \"public\".\"geen_tabel\" does not exist in PostgreSQL (dbname=veerkracht %1); " ).arg( named ) },
      };
      for ( const Case &c : cases )
      {
        const ProcessRun run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=" ) + c.text, QStringLiteral( "OUTPUT=" ) + mDir.filePath( QStringLiteral( "x.gpkg" ) ) } );
        QCOMPARE( run.exitCode, 2 );
        QCOMPARE( run.err.trimmed().count( QLatin1Char( '\n' ) ), 0 );
        QVERIFY2( run.err.startsWith( c.expected ), qPrintable( run.err ) );
        QVERIFY( !run.err.contains( QStringLiteral( "fout-wachtwoord" ) ) );
      }
      // Passwords quoted as QGIS and libpq allow, in the plain message and in --json.
      for ( const QString &quoted : { QStringLiteral( "password=\"wacht 'woord\"" ), QStringLiteral( "password='wacht \\'woord \"x'" ), QStringLiteral( "password=wacht\"woord" ) } )
      {
        QString source = QStringLiteral( "postgres://" ) + table( QStringLiteral( "kaarten" ) );
        source.replace( QStringLiteral( "password='%1'" ).arg( mPassword ), quoted );
        for ( const bool json : { false, true } )
        {
          const ProcessRun run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=" ) + source, QStringLiteral( "OUTPUT=" ) + mDir.filePath( QStringLiteral( "x.gpkg" ) ) }, json );
          QCOMPARE( run.exitCode, 2 );
          QVERIFY2( !run.err.contains( QStringLiteral( "woord" ) ) && !run.out.contains( QStringLiteral( "woord" ) ), qPrintable( run.err + run.out ) );
          if ( json )
            QVERIFY2( QJsonDocument::fromJson( run.out.toUtf8() ).isObject(), qPrintable( run.out ) );
        }
      }
      // A libpq URL names no table.
      const ProcessRun url = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgresql://veerkracht:%1@127.0.0.1/veerkracht" ).arg( mPassword ),
                                  QStringLiteral( "OUTPUT=" ) + mDir.filePath( QStringLiteral( "x.gpkg" ) ) } );
      QCOMPARE( url.exitCode, 2 );
      QVERIFY2( url.err.contains( QStringLiteral( "parameter INPUT: a postgresql:// URL names a database, not a table" ) ), qPrintable( url.err ) );

      // The output's connection: named by OUTPUT, the password left out.
      QString output = QStringLiteral( "postgis:" ) + table( QStringLiteral( "nieuw" ) );
      output.replace( mPassword, QStringLiteral( "fout-wachtwoord" ) );
      const ProcessRun run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=" ) + mDir.filePath( QStringLiteral( "bestanden/kaarten.gpkg" ) ), QStringLiteral( "OUTPUT=" ) + output } );
      QCOMPARE( run.exitCode, 1 );
      QVERIFY2( run.err.contains( QStringLiteral( "OUTPUT: cannot connect to PostgreSQL (dbname=veerkracht %1): password authentication failed" ).arg( named ) ), qPrintable( run.err ) );
      QVERIFY( !run.err.contains( QStringLiteral( "fout-wachtwoord" ) ) );
      QVERIFY( !QFileInfo::exists( mDir.filePath( QStringLiteral( "x.gpkg" ) ) ) );
    }

    void authenticationConfiguration()
    {
      // A login kept in QGIS's authentication database: run.sh gives it a folder and a master
      // password and stores the login with QGIS's API (python3-qgis).
      const QString id = env( "VEERKRACHT_PG_AUTHCFG" );
      if ( id.isEmpty() )
        QSKIP( "no authentication configuration: run.sh could not store one (is python3-qgis installed?)" );
      const QString withAuth = QStringLiteral( "dbname='%1' host=%2 port=%3 authcfg=%4" )
                                 .arg( env( "VEERKRACHT_PG_DATABASE" ), env( "VEERKRACHT_PG_HOST" ), env( "VEERKRACHT_PG_PORT" ), id );
      const ProcessRun run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://%1 table=\"public\".\"kaarten\" (geom)" ).arg( withAuth ),
                                  QStringLiteral( "OUTPUT=postgis:%1 table=\"public\".\"strategie_authcfg\" (geom)" ).arg( withAuth ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM strategie_authcfg" ) ), sql( QStringLiteral( "SELECT count(*) FROM kaarten" ) ) );
    }

    void serverStoppedMidWrite()
    {
      // A complete earlier version of the table.
      QProcess first;
      startNational( first, QStringLiteral( "nl" ), QString() );
      const QString firstErr = finish( first );
      QVERIFY2( first.exitCode() == 0, qPrintable( firstErr ) );
      mPrinted << firstErr;
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM nl" ) ), QStringLiteral( "13594" ) );
      const QString version = sql( QStringLiteral( "SELECT md5(string_agg(statcode || ST_AsBinary(geom)::text, ',' ORDER BY statcode)) FROM nl" ) );

      // The server stops (as a crash would) while the new version is being written.
      QProcess second;
      startNational( second, QStringLiteral( "nl" ), QStringLiteral( "overwrite=true" ) );
      QElapsedTimer timer;
      timer.start();
      while ( temporaryTables().isEmpty() && timer.elapsed() < 120000 && second.state() == QProcess::Running )
        QThread::msleep( 20 );
      const bool began = !temporaryTables().isEmpty();
      QThread::msleep( 300 ); // into the writing
      server( "stop" );
      const QString error = finish( second );
      mPrinted << error;
      server( "start" );
      QVERIFY2( began, "the run began its temporary table" );
      QCOMPARE( second.exitCode(), 1 );
      QVERIFY2( error.contains( QRegularExpression( QStringLiteral( "veerkracht:prepareer failed: OUTPUT: .*PostgreSQL \\(dbname=veerkracht host=127\\.0\\.0\\.1 port=\\d+ user=veerkracht\\)" ) ) ), qPrintable( error.right( 600 ) ) );

      // The earlier version is untouched; the half table keeps its temporary name, never the table's.
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM nl" ) ), QStringLiteral( "13594" ) );
      QCOMPARE( sql( QStringLiteral( "SELECT md5(string_agg(statcode || ST_AsBinary(geom)::text, ',' ORDER BY statcode)) FROM nl" ) ), version );
      QVERIFY( temporaryTables().startsWith( QStringLiteral( "vk_tmp_" ) ) );

      // The next run into the table removes what the stopped one left.
      QProcess third;
      startNational( third, QStringLiteral( "nl" ), QStringLiteral( "overwrite=true" ) );
      const QString thirdErr = finish( third );
      mPrinted << thirdErr;
      QVERIFY2( third.exitCode() == 0, qPrintable( thirdErr ) );
      QCOMPARE( temporaryTables(), QString() );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM nl" ) ), QStringLiteral( "13594" ) );
    }

    void concurrentWriters()
    {
      // Two runs into different tables at once: both land.
      QProcess a, b;
      startNational( a, QStringLiteral( "nl_a" ), QString() );
      startNational( b, QStringLiteral( "nl_b" ), QString() );
      const QString errA = finish( a ), errB = finish( b );
      mPrinted << errA << errB;
      QVERIFY2( a.exitCode() == 0, qPrintable( errA.right( 400 ) ) );
      QVERIFY2( b.exitCode() == 0, qPrintable( errB.right( 400 ) ) );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM nl_a" ) ), QStringLiteral( "13594" ) );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM nl_b" ) ), QStringLiteral( "13594" ) );

      // Two runs into the same table: the second, started while the first writes, fails at once
      // and clearly; the first lands whole.
      QProcess winner, loser;
      startNational( winner, QStringLiteral( "nl_zelfde" ), QString() );
      QVERIFY( waitForWriter( 60000 ) );
      startNational( loser, QStringLiteral( "nl_zelfde" ), QStringLiteral( "overwrite=true" ) );
      const QString lost = finish( loser );
      mPrinted << lost;
      QCOMPARE( loser.exitCode(), 1 );
      QVERIFY2( lost.contains( QStringLiteral( "OUTPUT: the table \"public\".\"nl_zelfde\" in PostgreSQL (dbname=veerkracht host=127.0.0.1 port=%1 user=veerkracht) is being written by another run" )
                                 .arg( env( "VEERKRACHT_PG_PORT" ) ) ),
                qPrintable( lost.right( 400 ) ) );
      QVERIFY( winner.state() == QProcess::Running ); // the loser did not wait for it
      const QString won = finish( winner );
      mPrinted << won;
      QVERIFY2( winner.exitCode() == 0, qPrintable( won.right( 400 ) ) );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM nl_zelfde" ) ), QStringLiteral( "13594" ) );
      QCOMPARE( temporaryTables(), QString() );
    }

    void namesSchemasAndGeometry()
    {
      sql( QStringLiteral( "CREATE SCHEMA \"Wijk Data\"" ) );
      sql( QStringLiteral( "CREATE SCHEMA veerkracht" ) ); // first on the search path ("$user")
      sql( QStringLiteral( "CREATE TABLE veerkracht.alleen_hier AS SELECT * FROM public.kaarten" ) );
      const QString count = sql( QStringLiteral( "SELECT count(*) FROM public.kaarten" ) );
      // Quotes, spaces, capitals, a percent sign and an accent, in schema and table.
      QString odd = connection( mPassword ) + QStringLiteral( " table=\"Wijk Data\".\"Kaart %1 d'Ûtrecht\" (geom)" );
      ProcessRun run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "kaarten" ) ), QStringLiteral( "OUTPUT=postgis:" ) + odd } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM \"Wijk Data\".\"Kaart %1 d'Ûtrecht\"" ) ), count );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM pg_indexes WHERE schemaname = 'Wijk Data' AND indexname LIKE 'Kaart \\%1 d''Ûtrecht%' AND indexdef LIKE '%gist%'" ) ), QStringLiteral( "1" ) );
      QCOMPARE( sql( QStringLiteral( "SELECT count(*) FROM pg_class WHERE relname LIKE 'vk\\_tmp\\_%'" ) ), QStringLiteral( "0" ) ); // no table, index or sequence

      // A destination without "(geom)" still gets its geometry; without a schema it goes to public
      // (not to "veerkracht", first on the search path), and the result names public.
      run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "kaarten" ) ),
                 QStringLiteral( "OUTPUT=postgis:%1 table=zonder_schema" ).arg( connection( mPassword ) ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QCOMPARE( sql( QStringLiteral( "SELECT f_geometry_column || ' ' || type FROM geometry_columns WHERE f_table_schema = 'public' AND f_table_name = 'zonder_schema'" ) ),
                QStringLiteral( "geom MULTIPOLYGON" ) );
      QVERIFY2( run.out.contains( QStringLiteral( "table=\"public\".\"zonder_schema\" (geom)" ) ), qPrintable( run.out ) );

      // An input without a schema is found as QGIS finds it: on the search path.
      run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://%1 table=alleen_hier (geom)" ).arg( connection( mPassword ) ),
                 QStringLiteral( "OUTPUT=" ) + mDir.filePath( QStringLiteral( "alleen_hier.gpkg" ) ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );

      // Names QGIS cannot carry or PostgreSQL would cut: refused before any work.
      run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "kaarten" ) ),
                 QStringLiteral( "OUTPUT=postgis:%1 table=\"public\".\"twee\"\"delen\" (geom)" ).arg( connection( mPassword ) ) } );
      QCOMPARE( run.exitCode, 1 );
      QVERIFY2( run.err.contains( QStringLiteral( "has a double quote in it" ) ), qPrintable( run.err ) );
      run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "kaarten" ) ),
                 QStringLiteral( "OUTPUT=postgis:" ) + table( QString( 64, QLatin1Char( 'l' ) ) ) } );
      QCOMPARE( run.exitCode, 1 );
      QVERIFY2( run.err.contains( QStringLiteral( "is 64 bytes long; expected at most 63 bytes" ) ), qPrintable( run.err ) );
      QCOMPARE( temporaryTables(), QString() );
    }

    void replacingKeepsGrantsAndRefusesAliases()
    {
      // A planner's role keeps reading the table after it is replaced; its comment stays.
      sql( QStringLiteral( "CREATE ROLE planner" ) );
      sql( QStringLiteral( "GRANT SELECT ON public.strategie TO planner" ) );
      sql( QStringLiteral( "COMMENT ON TABLE public.strategie IS 'Strategie voor het overleg'" ) );
      const ProcessRun run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "kaarten" ) ),
                                  QStringLiteral( "OUTPUT=postgis:" ) + table( QStringLiteral( "strategie" ), true, QStringLiteral( "overwrite=true" ) ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QCOMPARE( sql( QStringLiteral( "SELECT has_table_privilege('planner', 'public.strategie', 'SELECT')::text" ) ), QStringLiteral( "true" ) );
      QCOMPARE( sql( QStringLiteral( "SELECT obj_description('public.strategie'::regclass, 'pg_class')" ) ), QStringLiteral( "Strategie voor het overleg" ) );

      // A view on a table: replacing it is refused before the work, the table kept.
      sql( QStringLiteral( "CREATE VIEW public.strategie_r1 AS SELECT statcode FROM public.strategie" ) );
      const QString before = sql( QStringLiteral( "SELECT 'public.strategie'::regclass::oid::text" ) );
      ProcessRun refused = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "kaarten" ) ),
                                QStringLiteral( "OUTPUT=postgis:" ) + table( QStringLiteral( "strategie" ), true, QStringLiteral( "overwrite=true" ) ) } );
      QCOMPARE( refused.exitCode, 1 );
      QVERIFY2( refused.err.contains( QStringLiteral( "cannot be replaced: the view(s) strategie_r1 depend on it" ) ), qPrintable( refused.err ) );
      QCOMPARE( sql( QStringLiteral( "SELECT 'public.strategie'::regclass::oid::text" ) ), before );

      // The input named through a service file and the output through host and port: the same table.
      QFile services( mDir.filePath( QStringLiteral( "pg_service.conf" ) ) );
      QVERIFY( services.open( QIODevice::WriteOnly ) );
      services.write( QStringLiteral( "[vk]\nhost=%1\nport=%2\ndbname=%3\nuser=%4\npassword=%5\n" )
                        .arg( env( "VEERKRACHT_PG_HOST" ), env( "VEERKRACHT_PG_PORT" ), env( "VEERKRACHT_PG_DATABASE" ), env( "VEERKRACHT_PG_USER" ), mPassword ).toUtf8() );
      services.close();
      qputenv( "PGSERVICEFILE", services.fileName().toLocal8Bit() );
      refused = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://service='vk' table=\"public\".\"kaarten\" (geom)" ),
                     QStringLiteral( "OUTPUT=postgis:" ) + table( QStringLiteral( "kaarten" ), true, QStringLiteral( "overwrite=true" ) ).replace( QStringLiteral( "host=127.0.0.1" ), QStringLiteral( "host=localhost" ) ) } );
      qunsetenv( "PGSERVICEFILE" );
      QCOMPARE( refused.exitCode, 1 );
      QVERIFY2( refused.err.contains( QStringLiteral( "OUTPUT: the table \"public\".\"kaarten\" is input INPUT; expected a new table — inputs are never overwritten." ) ), qPrintable( refused.err ) );

      // A file or folder output is no table: refused, and no file named after the connection.
      refused = cli( QStringLiteral( "veerkracht:buurtprofiel" ), { QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "strategie" ) ), QStringLiteral( "AREAS=BU03440731" ),
                     QStringLiteral( "OUTPUT_FOLDER=postgis:" ) + table( QStringLiteral( "profielen" ) ) } );
      QCOMPARE( refused.exitCode, 1 );
      QVERIFY2( refused.err.contains( QStringLiteral( "OUTPUT_FOLDER: this output is a file or a folder, not a layer; expected a path, not a PostgreSQL table." ) ), qPrintable( refused.err ) );
      QVERIFY( QDir( mDir.path() ).entryList( { QStringLiteral( "postgis:*" ) } ).isEmpty() );
    }

    void passwordsNeverPrinted()
    {
      const ProcessRun run = cli( QStringLiteral( "veerkracht:strategie" ), { QStringLiteral( "INPUT=postgres://" ) + table( QStringLiteral( "kaarten" ) ),
                                  QStringLiteral( "OUTPUT=postgis:" ) + table( QStringLiteral( "strategie_json" ) ) }, true );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QVERIFY( run.out.contains( QStringLiteral( "\"OUTPUT\": \"postgres://dbname='veerkracht' host=127.0.0.1" ) ) );
      QVERIFY( run.out.contains( QStringLiteral( "password=***" ) ) );
      QVERIFY( mPrinted.size() > 20 );
      for ( const QString &text : std::as_const( mPrinted ) )
        QVERIFY2( !text.contains( mPassword ), qPrintable( text.left( 2000 ) ) );
    }
};

VEERKRACHT_QGIS_TEST_MAIN( TestPostgis )
#include "test_postgis.moc"
