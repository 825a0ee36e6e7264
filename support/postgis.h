// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// PostgreSQL/PostGIS tables as inputs and outputs: clear errors that name the connection without
// its password, one writer per table, and a table that appears complete or not at all.

#include <qgsdatasourceuri.h>

#include <QString>
#include <QStringList>

#include <cstddef>
#include <memory>

struct pg_conn;
struct pg_result;

namespace veerkracht {

/**
 * Whether \a text names a PostgreSQL table the way QGIS does: "postgres://" or "postgis:" (QGIS's
 * destination prefix) or "postgres:" followed by a data source URI ("dbname=… table=…").
 */
bool isPostgresText( const QString &text );

/**
 * A bare QGIS data source string of a PostgreSQL table ("dbname='…' host=… table="s"."t" (geom)",
 * as QGIS shows a layer's source) with QGIS's "postgres://" prefix, so that Processing opens it
 * with the postgres provider; any other text unchanged.
 */
QString withPostgresPrefix( const QString &text );

//! \a text with every password in it (password='…', postgresql://user:…@host) replaced by "***".
QString redactPasswords( const QString &text );

//! A PostgreSQL table named by a source or destination: where it is and how it may be written.
struct PostgresTabel
{
    QgsDataSourceUri uri;   //!< without the "overwrite" key
    QString schema;         //!< "public" when the text names none
    bool schemaGiven = false; //!< false: an input is found on the search path, an output goes to "public"
    QString table;
    bool overwrite = false; //!< the destination's overwrite=true: an existing table may be replaced

    //! "dbname=… host=… port=… user=…": the connection, never its password.
    QString connection() const;
    //! "schema"."table" (or "table" when no schema was given) as SQL names it.
    QString sqlName() const;
    //! The source QGIS opens the table by: "postgres://" and the URI.
    QString source() const;
};

/**
 * The table named by \a text ("postgis:…", "postgres://…" or a bare URI). Throws a
 * QgsProcessingException naming \a parameter when the text names no table.
 */
PostgresTabel postgresTabel( const QString &parameter, const QString &text );

//! The table of an output: as postgresTabel(), and without a schema in "public" (not wherever the search path would put it).
PostgresTabel postgresOutputTabel( const QString &parameter, const QString &text );

/**
 * One connection to the server of a table (libpq), made with QGIS's connection details (authcfg
 * from QGIS's authentication database included). Throws a one-line QgsProcessingException that
 * names \a parameter and the connection, never the password, when the server cannot be reached
 * or refuses the login.
 */
class PostgresVerbinding
{
  public:
    PostgresVerbinding( const PostgresTabel &tabel, const QString &parameter );
    ~PostgresVerbinding();
    PostgresVerbinding( const PostgresVerbinding & ) = delete;
    PostgresVerbinding &operator=( const PostgresVerbinding & ) = delete;

    //! Runs \a sql; throws (naming the parameter and the connection) when it fails.
    void execute( const QString &sql );
    //! The first column of the first row of \a sql's result, as text (empty when SQL NULL or no row); throws when it fails.
    QString value( const QString &sql );
    //! The first column of every row of \a sql's result; throws when it fails.
    QStringList values( const QString &sql );
    //! Runs \a sql and returns the error, empty when it succeeded.
    QString tryExecute( const QString &sql );
    //! A literal or an identifier for SQL, quoted by libpq.
    QString literal( const QString &text ) const;
    QString identifier( const QString &text ) const;

  private:
    QString failure( const QString &what ) const;
    QString escaped( const QString &text, char *( *escape )( pg_conn *, const char *, size_t ) ) const;

    pg_conn *mConnection = nullptr;
    QString mParameter;
    QString mConnectionName;
};

//! Whether the table exists (a table, view or other relation by that name in the schema).
bool tableExists( PostgresVerbinding &verbinding, const PostgresTabel &tabel );

/**
 * Who the table is, whatever the connection's spelling: the server's address and port as it
 * answers, the database and the table's oid. Empty when the table does not exist.
 */
QString tableIdentity( PostgresVerbinding &verbinding, const PostgresTabel &tabel );

/**
 * Throws a QgsProcessingException naming \a parameter when the PostgreSQL source \a text cannot
 * be read: the server cannot be reached, the login is refused, or the table is not there.
 */
void checkPostgresSource( const QString &parameter, const QString &text );

/**
 * A run's claim on an output table, held from before the work until the run ends: a session
 * advisory lock on the table's name (released by the server when the run dies), so a second
 * run that writes the same table fails at once and clearly. Refuses an existing table unless
 * the destination says overwrite=true, and removes the temporary tables of earlier runs into the
 * same table that died before they were done (no live run holds the lock).
 */
class PostgresSchrijfslot
{
  public:
    PostgresSchrijfslot( const QString &parameter, const QString &text );
    ~PostgresSchrijfslot();
    PostgresSchrijfslot( const PostgresSchrijfslot & ) = delete;
    PostgresSchrijfslot &operator=( const PostgresSchrijfslot & ) = delete;

  private:
    std::unique_ptr<PostgresVerbinding> mVerbinding;
    QString mKey;
};

/**
 * An output table written under a temporary name in the same schema and put in place by
 * commit(): in one transaction the earlier table (when overwrite=true) is dropped and the new one
 * renamed to its name, so a reader sees the old table or the complete new one, never a half one.
 * Unless commit() succeeds, discard() (and the destructor) drops what was written.
 */
class PostgresUitvoer
{
  public:
    //! \a hasGeometry: the output has a geometry (a destination without a geometry column gets "geom").
    PostgresUitvoer( const QString &parameter, const QString &text, bool hasGeometry );
    ~PostgresUitvoer();
    PostgresUitvoer( const PostgresUitvoer & ) = delete;
    PostgresUitvoer &operator=( const PostgresUitvoer & ) = delete;

    //! Where QGIS's sink is to write: the temporary table ("postgres://…").
    QString sinkDestination() const;
    /**
     * Checks that the temporary table holds \a written features, indexes its geometry and puts it
     * in place; returns the final table's source. Throws a QgsProcessingException naming the
     * parameter when the count differs or the server fails.
     */
    QString commit( long long written );
    //! Drops the temporary table (as far as the server can still be reached).
    void discard();
    //! The table the output is for.
    const PostgresTabel &tabel() const { return mTabel; }

  private:
    QString mParameter;
    PostgresTabel mTabel;
    PostgresTabel mTijdelijk;
    bool mHasGeometry = true;
    bool mDone = false;
};

//! The prefix of the temporary tables of \a tabel ("vk_tmp_" and a hash of the schema and table).
QString temporaryTablePrefix( const PostgresTabel &tabel );

} // namespace veerkracht
