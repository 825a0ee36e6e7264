// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/postgis.h"

#include <qgsexception.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QUuid>

#include <utility>

#include <libpq-fe.h>

namespace veerkracht {

namespace {

// Tables this thread holds the write lock of: a child algorithm writing its parent's output
// (the all-in-one algorithm's OUTPUT) does not wait for its own parent.
thread_local QStringList tHeldTables;

QString withoutPrefix( const QString &text )
{
  for ( const char *prefix : { "postgres://", "postgis:", "postgres:" } )
    if ( text.startsWith( QLatin1String( prefix ) ) )
      return text.mid( static_cast<int>( qstrlen( prefix ) ) );
  return text;
}

// The server's own words, without libpq's "connection to server … failed: FATAL:" framing.
QString serverMessage( const char *message )
{
  QString text = QString::fromUtf8( message ).trimmed();
  for ( const QString &marker : { QStringLiteral( "FATAL:" ), QStringLiteral( "ERROR:" ) } )
  {
    const int at = text.lastIndexOf( marker );
    if ( at >= 0 )
      text = text.mid( at + marker.size() );
  }
  text = text.section( QLatin1Char( '\n' ), 0, 0 ).simplified();
  return text.isEmpty() ? QCoreApplication::translate( "veerkracht", "no answer from the server" ) : redactPasswords( text );
}

} // namespace

bool isPostgresText( const QString &text )
{
  return text.startsWith( QLatin1String( "postgres://" ) ) || text.startsWith( QLatin1String( "postgis:" ) )
         || ( text.startsWith( QLatin1String( "postgres:" ) ) && !text.startsWith( QLatin1String( "postgresql:" ) ) );
}

QString withPostgresPrefix( const QString &text )
{
  static const QRegularExpression providerPrefix( QStringLiteral( "^[A-Za-z_]{3,}:" ) );
  if ( isPostgresText( text ) || providerPrefix.match( text ).hasMatch() || !text.contains( QLatin1String( "table=" ) )
       || ( !text.contains( QLatin1String( "dbname=" ) ) && !text.contains( QLatin1String( "service=" ) ) ) )
    return text;
  const QgsDataSourceUri uri( text );
  if ( uri.table().isEmpty() || QFileInfo( uri.database() ).isFile() || QFileInfo::exists( text.section( QLatin1Char( '|' ), 0, 0 ) ) )
    return text; // a GeoPackage or SQLite file named the same way
  return QStringLiteral( "postgres://" ) + text;
}

QString redactPasswords( const QString &text )
{
  // Quoted as QGIS and libpq quote ('…' with \' inside, or "…"), or up to the next space.
  static const QRegularExpression keyValue( QStringLiteral( "(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)" ), QRegularExpression::CaseInsensitiveOption );
  static const QRegularExpression url( QStringLiteral( "(postgres(?:ql)?://[^:/@\\s]*:)[^@\\s]*@" ), QRegularExpression::CaseInsensitiveOption );
  QString redacted = text;
  redacted.replace( keyValue, QStringLiteral( "\\1***" ) );
  redacted.replace( url, QStringLiteral( "\\1***@" ) );
  return redacted;
}

QString PostgresTabel::connection() const
{
  QStringList parts;
  const auto add = [&parts]( const char *key, const QString &value ) {
    if ( !value.isEmpty() )
      parts << QStringLiteral( "%1=%2" ).arg( QLatin1String( key ), value );
  };
  add( "service", uri.service() );
  add( "dbname", uri.database() );
  add( "host", uri.host() );
  add( "port", uri.port() );
  add( "user", uri.username() );
  add( "authcfg", uri.authConfigId() );
  return parts.join( QLatin1Char( ' ' ) );
}

QString PostgresTabel::sqlName() const
{
  const auto quoted = []( const QString &name ) { return QLatin1Char( '"' ) + QString( name ).replace( '"', QLatin1String( "\"\"" ) ) + QLatin1Char( '"' ); };
  return schemaGiven ? quoted( schema ) + QLatin1Char( '.' ) + quoted( table ) : quoted( table );
}

QString PostgresTabel::source() const
{
  return QStringLiteral( "postgres://" ) + uri.uri( false );
}

PostgresTabel postgresTabel( const QString &parameter, const QString &text )
{
  PostgresTabel tabel;
  tabel.uri = QgsDataSourceUri( withoutPrefix( text ) );
  const QString overwrite = tabel.uri.param( QStringLiteral( "overwrite" ) ).trimmed().toLower();
  tabel.overwrite = overwrite == QLatin1String( "true" ) || overwrite == QLatin1String( "yes" ) || overwrite == QLatin1String( "1" ) || overwrite == QLatin1String( "ja" );
  tabel.uri.removeParam( QStringLiteral( "overwrite" ) );
  tabel.table = tabel.uri.table();
  tabel.schemaGiven = !tabel.uri.schema().isEmpty();
  tabel.schema = tabel.schemaGiven ? tabel.uri.schema() : QStringLiteral( "public" );
  if ( tabel.table.isEmpty() || ( tabel.uri.database().isEmpty() && tabel.uri.service().isEmpty() ) )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: '%2' names no PostgreSQL table; expected a connection and a table, such as postgis:dbname='veerkracht' host=localhost table=\"public\".\"kaarten\" (geom)." )
                                  .arg( parameter, redactPasswords( text ) ) );
  // QGIS's URI parser ends a quoted name at "" (table="a""b" is read as "a"): refuse rather than write another table.
  const QString tablePart = text.mid( text.indexOf( QLatin1String( "table=" ) ) ).section( QLatin1Char( ' ' ), 0, 0 );
  if ( tablePart.contains( QLatin1String( "\"\"" ) ) )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the table name %2 has a double quote in it, which QGIS cannot read in a data source; expected a schema and table name without \"." )
                                  .arg( parameter, tablePart.mid( 6 ) ) );
  for ( const QString &name : { tabel.schema, tabel.table } )
    if ( name.toUtf8().size() > 63 )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the name \"%2\" is %3 bytes long; expected at most 63 bytes (PostgreSQL's limit, beyond which it cuts names)." )
                                    .arg( parameter, name, QString::number( name.toUtf8().size() ) ) );
  return tabel;
}

PostgresVerbinding::PostgresVerbinding( const PostgresTabel &tabel, const QString &parameter )
  : mParameter( parameter )
  , mConnectionName( tabel.connection() )
{
  // QGIS's connection details: the authcfg's user and password come from QGIS's authentication database.
  QString info = tabel.uri.connectionInfo( true );
  if ( !info.contains( QLatin1String( "connect_timeout" ) ) )
    info += QStringLiteral( " connect_timeout=15" );
  info += QStringLiteral( " application_name=veerkracht" );
  mConnection = PQconnectdb( info.toUtf8().constData() );
  if ( PQstatus( mConnection ) != CONNECTION_OK )
  {
    const QString reason = serverMessage( PQerrorMessage( mConnection ) );
    PQfinish( mConnection );
    mConnection = nullptr;
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot connect to PostgreSQL (%2): %3; expected a reachable server, an existing database and a valid login (user and password, or an authcfg)." )
                                  .arg( mParameter, mConnectionName, reason ) );
  }
  PQsetClientEncoding( mConnection, "UTF8" );
  // Notices ("table does not exist, skipping") are not the user's business.
  PQsetNoticeProcessor( mConnection, []( void *, const char * ) {}, nullptr );
}

PostgresVerbinding::~PostgresVerbinding()
{
  if ( mConnection )
    PQfinish( mConnection );
}

QString PostgresVerbinding::failure( const QString &what ) const
{
  return QCoreApplication::translate( "veerkracht", "%1: PostgreSQL (%2) failed: %3" ).arg( mParameter, mConnectionName, what );
}

QString PostgresVerbinding::tryExecute( const QString &sql )
{
  PGresult *result = PQexec( mConnection, sql.toUtf8().constData() );
  const ExecStatusType status = PQresultStatus( result );
  QString error;
  if ( status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK )
    error = serverMessage( result ? PQresultErrorMessage( result ) : PQerrorMessage( mConnection ) );
  PQclear( result );
  return error;
}

void PostgresVerbinding::execute( const QString &sql )
{
  const QString error = tryExecute( sql );
  if ( !error.isEmpty() )
    throw QgsProcessingException( failure( error ) );
}

QString PostgresVerbinding::value( const QString &sql )
{
  const QStringList texts = values( sql );
  return texts.isEmpty() ? QString() : texts.first();
}

QStringList PostgresVerbinding::values( const QString &sql )
{
  PGresult *result = PQexec( mConnection, sql.toUtf8().constData() );
  if ( PQresultStatus( result ) != PGRES_TUPLES_OK )
  {
    const QString error = serverMessage( result ? PQresultErrorMessage( result ) : PQerrorMessage( mConnection ) );
    PQclear( result );
    throw QgsProcessingException( failure( error ) );
  }
  QStringList texts;
  for ( int row = 0; row < PQntuples( result ); ++row )
    texts << ( PQgetisnull( result, row, 0 ) ? QString() : QString::fromUtf8( PQgetvalue( result, row, 0 ) ) );
  PQclear( result );
  return texts;
}

QString PostgresVerbinding::literal( const QString &text ) const
{
  return escaped( text, PQescapeLiteral );
}

QString PostgresVerbinding::identifier( const QString &text ) const
{
  return escaped( text, PQescapeIdentifier );
}

QString PostgresVerbinding::escaped( const QString &text, char *( *escape )( pg_conn *, const char *, size_t ) ) const
{
  const QByteArray bytes = text.toUtf8();
  char *quoted = escape( mConnection, bytes.constData(), static_cast<size_t>( bytes.size() ) );
  const QString result = QString::fromUtf8( quoted );
  PQfreemem( quoted );
  return result;
}

bool tableExists( PostgresVerbinding &verbinding, const PostgresTabel &tabel )
{
  return verbinding.value( QStringLiteral( "SELECT to_regclass(%1) IS NOT NULL" ).arg( verbinding.literal( tabel.sqlName() ) ) ) == QLatin1String( "t" );
}

QString tableIdentity( PostgresVerbinding &verbinding, const PostgresTabel &tabel )
{
  // The server as it answers (a service= or another host name for it alike), the database and the table's oid.
  return verbinding.value( QStringLiteral( "SELECT concat_ws('/', coalesce(host(inet_server_addr()), 'socket'), inet_server_port(), current_database(), to_regclass(%1)::oid) "
                                           "WHERE to_regclass(%1) IS NOT NULL" )
                             .arg( verbinding.literal( tabel.sqlName() ) ) );
}

QString temporaryTablePrefix( const PostgresTabel &tabel )
{
  const QByteArray name = ( tabel.schema + QLatin1Char( '.' ) + tabel.table ).toUtf8();
  return QStringLiteral( "vk_tmp_%1_" ).arg( QString::fromLatin1( QCryptographicHash::hash( name, QCryptographicHash::Md5 ).toHex().left( 8 ) ) );
}

void checkPostgresSource( const QString &parameter, const QString &text )
{
  const PostgresTabel tabel = postgresTabel( parameter, text );
  PostgresVerbinding verbinding( tabel, parameter );
  if ( tabel.table.startsWith( QLatin1Char( '(' ) ) )
    return; // a query, not a table
  if ( !tableExists( verbinding, tabel ) )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the table %2 does not exist in PostgreSQL (%3); expected an existing table, with its schema (table=\"schema\".\"table\")." )
                                  .arg( parameter, tabel.sqlName(), tabel.connection() ) );
}

PostgresTabel postgresOutputTabel( const QString &parameter, const QString &text )
{
  PostgresTabel tabel = postgresTabel( parameter, text );
  if ( !tabel.schemaGiven )
  {
    tabel.schemaGiven = true;
    tabel.uri.setSchema( tabel.schema );
  }
  return tabel;
}

namespace {

QString alreadyExists( const QString &parameter, const PostgresTabel &tabel )
{
  return QCoreApplication::translate( "veerkracht", "%1: the table %2 already exists in PostgreSQL (%3); expected a new table, or overwrite=true in the destination to replace it." )
    .arg( parameter, tabel.sqlName(), tabel.connection() );
}

// Views on the table: a replaced table would take them along, so PostgreSQL refuses; say so before the work.
QString dependentViews( PostgresVerbinding &verbinding, const PostgresTabel &tabel )
{
  return verbinding.value( QStringLiteral( "SELECT string_agg(DISTINCT r.ev_class::regclass::text, ', ') FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid "
                                           "WHERE d.refobjid = to_regclass(%1) AND r.ev_class <> d.refobjid" )
                             .arg( verbinding.literal( tabel.sqlName() ) ) );
}

} // namespace

PostgresSchrijfslot::PostgresSchrijfslot( const QString &parameter, const QString &text )
{
  const PostgresTabel tabel = postgresOutputTabel( parameter, text );
  const QString key = tabel.connection() + QLatin1Char( '|' ) + tabel.sqlName();
  if ( tHeldTables.contains( key ) )
    return;
  auto verbinding = std::make_unique<PostgresVerbinding>( tabel, parameter );
  if ( verbinding->value( QStringLiteral( "SELECT count(*) FROM pg_namespace WHERE nspname = %1" ).arg( verbinding->literal( tabel.schema ) ) ) != QLatin1String( "1" ) )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the schema \"%2\" does not exist in PostgreSQL (%3); expected an existing schema (or none: public)." )
                                  .arg( parameter, tabel.schema, tabel.connection() ) );
  // Held by this session until it ends: a killed run releases it with its connection.
  if ( verbinding->value( QStringLiteral( "SELECT pg_try_advisory_lock(hashtext('veerkracht'), hashtext(%1))" ).arg( verbinding->literal( tabel.sqlName() ) ) ) != QLatin1String( "t" ) )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the table %2 in PostgreSQL (%3) is being written by another run; expected one run at a time per output table — wait for it or choose another table." )
                                  .arg( parameter, tabel.sqlName(), tabel.connection() ) );
  if ( tableExists( *verbinding, tabel ) )
  {
    if ( !tabel.overwrite )
      throw QgsProcessingException( alreadyExists( parameter, tabel ) );
    const QString views = dependentViews( *verbinding, tabel );
    if ( !views.isEmpty() )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the table %2 in PostgreSQL (%3) cannot be replaced: the view(s) %4 depend on it; expected a table no view uses, or another table name." )
                                    .arg( parameter, tabel.sqlName(), tabel.connection(), views ) );
  }
  // No live run holds the lock, so temporary tables into this table are from runs that died.
  const QString prefix = temporaryTablePrefix( tabel );
  const QStringList leftovers = verbinding->values( QStringLiteral( "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = %1 AND starts_with(tablename, %2)" )
                                                      .arg( verbinding->literal( tabel.schema ), verbinding->literal( prefix ) ) );
  if ( !leftovers.isEmpty() )
    verbinding->execute( QStringLiteral( "DROP TABLE IF EXISTS %1" ).arg( leftovers.join( QStringLiteral( ", " ) ) ) );
  mVerbinding = std::move( verbinding );
  mKey = key;
  tHeldTables << key;
}

PostgresSchrijfslot::~PostgresSchrijfslot()
{
  if ( !mKey.isEmpty() )
    tHeldTables.removeOne( mKey );
  // Closing the connection releases the advisory lock.
}

PostgresUitvoer::PostgresUitvoer( const QString &parameter, const QString &text, bool hasGeometry )
  : mParameter( parameter )
  , mTabel( postgresOutputTabel( parameter, text ) )
  , mHasGeometry( hasGeometry )
{
  mTijdelijk = mTabel;
  mTijdelijk.overwrite = false;
  mTijdelijk.table = temporaryTablePrefix( mTabel ) + QUuid::createUuid().toString( QUuid::Id128 ).left( 8 );
  // A destination without "(geom)" would be written without its geometry: give it QGIS's default column.
  const QString geometryColumn = mTabel.uri.geometryColumn().isEmpty() && hasGeometry ? QStringLiteral( "geom" ) : mTabel.uri.geometryColumn();
  mTabel.uri.setGeometryColumn( geometryColumn );
  mTijdelijk.uri.setDataSource( mTabel.schema, mTijdelijk.table, geometryColumn, QString(), mTabel.uri.keyColumn() );
}

PostgresUitvoer::~PostgresUitvoer()
{
  if ( !mDone )
    discard();
}

QString PostgresUitvoer::sinkDestination() const
{
  return mTijdelijk.source();
}

namespace {

// Indexes and sequences of the new table take its name ("kaarten_pkey"), where the name is free.
void renameCompanions( PostgresVerbinding &verbinding, const QString &schema, const QString &temporary, const QString &table )
{
  for ( const auto &[relkind, kind] : { std::pair { "i", "INDEX" }, std::pair { "S", "SEQUENCE" } } )
  {
    const QStringList names = verbinding.values( QStringLiteral(
                                                   "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %1 AND starts_with(c.relname, %2) "
                                                   "AND c.relkind = '%3'" )
                                                   .arg( verbinding.literal( schema ), verbinding.literal( temporary ), QLatin1String( relkind ) ) );
    for ( const QString &name : names )
    {
      const QString renamed = table + name.mid( temporary.size() );
      if ( renamed.toUtf8().size() > 63 )
        continue;
      if ( verbinding.value( QStringLiteral( "SELECT to_regclass(%1) IS NULL" ).arg( verbinding.literal( verbinding.identifier( schema ) + QLatin1Char( '.' ) + verbinding.identifier( renamed ) ) ) ) != QLatin1String( "t" ) )
        continue;
      verbinding.execute( QStringLiteral( "ALTER %1 %2.%3 RENAME TO %4" )
                            .arg( QLatin1String( kind ), verbinding.identifier( schema ), verbinding.identifier( name ), verbinding.identifier( renamed ) ) );
    }
  }
}

// What a replaced table had that its replacement should keep: its grants and its comment.
QStringList keptProperties( PostgresVerbinding &verbinding, const PostgresTabel &tabel, const QString &newTable )
{
  QStringList statements = verbinding.values( QStringLiteral(
                                                "SELECT format('GRANT %s ON TABLE %s TO %s%s', a.privilege_type, %2, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END, "
                                                "CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END) "
                                                "FROM pg_class c, aclexplode(c.relacl) a WHERE c.oid = to_regclass(%1) AND a.grantee <> c.relowner" )
                                                .arg( verbinding.literal( tabel.sqlName() ), verbinding.literal( newTable ) ) );
  const QString comment = verbinding.value( QStringLiteral( "SELECT obj_description(to_regclass(%1), 'pg_class')" ).arg( verbinding.literal( tabel.sqlName() ) ) );
  if ( !comment.isEmpty() )
    statements << QStringLiteral( "COMMENT ON TABLE %1 IS %2" ).arg( newTable, verbinding.literal( comment ) );
  return statements;
}

} // namespace

QString PostgresUitvoer::commit( long long written )
{
  PostgresVerbinding verbinding( mTabel, mParameter );
  const QString temporary = mTijdelijk.sqlName();
  const long long stored = verbinding.value( QStringLiteral( "SELECT count(*) FROM %1" ).arg( temporary ) ).toLongLong();
  if ( stored != written )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: writing the table %2 in PostgreSQL (%3) failed: it holds %4 of the %5 features written; the output was removed." )
                                  .arg( mParameter, mTabel.sqlName(), mTabel.connection(), QString::number( stored ), QString::number( written ) ) );
  const QString geometryColumn = verbinding.value( QStringLiteral( "SELECT f_geometry_column FROM geometry_columns WHERE f_table_schema = %1 AND f_table_name = %2 LIMIT 1" )
                                                   .arg( verbinding.literal( mTabel.schema ), verbinding.literal( mTijdelijk.table ) ) );
  if ( mHasGeometry && geometryColumn.isEmpty() )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the table %2 in PostgreSQL (%3) was written without its geometry; expected a geometry column in the destination, e.g. table=\"public\".\"kaarten\" (geom)." )
                                  .arg( mParameter, mTabel.sqlName(), mTabel.connection() ) );
  // A spatial index, as a planner opening a national table needs (QGIS's exporter makes none).
  if ( !geometryColumn.isEmpty() )
    verbinding.execute( QStringLiteral( "CREATE INDEX ON %1 USING GIST (%2)" ).arg( temporary, verbinding.identifier( geometryColumn ) ) );

  // A reader holding the old table waits the swap out for half a minute at most, then the run fails clearly.
  verbinding.execute( QStringLiteral( "SET lock_timeout = '30s'" ) );
  verbinding.execute( QStringLiteral( "BEGIN" ) );
  try
  {
    QStringList kept;
    if ( tableExists( verbinding, mTabel ) )
    {
      if ( !mTabel.overwrite ) // made by someone else while this run wrote
        throw QgsProcessingException( alreadyExists( mParameter, mTabel ) );
      kept = keptProperties( verbinding, mTabel, mTabel.sqlName() );
      const QString error = verbinding.tryExecute( QStringLiteral( "DROP TABLE %1" ).arg( mTabel.sqlName() ) );
      if ( !error.isEmpty() )
        throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the table %2 in PostgreSQL (%3) cannot be replaced: %4; the earlier table is kept." )
                                      .arg( mParameter, mTabel.sqlName(), mTabel.connection(), error ) );
    }
    verbinding.execute( QStringLiteral( "ALTER TABLE %1 RENAME TO %2" ).arg( temporary, verbinding.identifier( mTabel.table ) ) );
    renameCompanions( verbinding, mTabel.schema, mTijdelijk.table, mTabel.table );
    for ( const QString &statement : std::as_const( kept ) )
      verbinding.execute( statement );
    verbinding.execute( QStringLiteral( "COMMIT" ) );
  }
  catch ( const QgsProcessingException & )
  {
    verbinding.tryExecute( QStringLiteral( "ROLLBACK" ) );
    throw;
  }
  mDone = true;
  return mTabel.source();
}

void PostgresUitvoer::discard()
{
  mDone = true;
  try
  {
    PostgresVerbinding verbinding( mTabel, mParameter );
    verbinding.tryExecute( QStringLiteral( "DROP TABLE IF EXISTS %1" ).arg( mTijdelijk.sqlName() ) );
  }
  catch ( const QgsProcessingException & )
  {
    // The server is gone: the next run into this table removes the temporary one.
  }
}

} // namespace veerkracht
