// SPDX-License-Identifier: GPL-2.0-or-later
// The Dutch translation: complete, consistent with the sources, and active when the locale is Dutch.

#include "provider/veerkrachtprovider.h"
#include "support/veerkrachtresources.h"
#include "support/veerkracht_version.h"

#include <qgsapplication.h>
#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgssettings.h>

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Message
{
  QString context;
  QString source;
  QString translation;
  bool finished = false;
  bool plural = false; //!< numerus="yes": lupdate saw tr( …, n ) in the code
};

QList<Message> readTs( const QString &path )
{
  QList<Message> messages;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return messages;
  QDomDocument document;
  if ( !document.setContent( &file ) )
    return messages;
  const QDomNodeList contexts = document.elementsByTagName( QStringLiteral( "context" ) );
  for ( int i = 0; i < contexts.size(); ++i )
  {
    const QDomElement context = contexts.at( i ).toElement();
    const QString name = context.firstChildElement( QStringLiteral( "name" ) ).text();
    for ( QDomElement m = context.firstChildElement( QStringLiteral( "message" ) ); !m.isNull(); m = m.nextSiblingElement( QStringLiteral( "message" ) ) )
    {
      const QDomElement translation = m.firstChildElement( QStringLiteral( "translation" ) );
      const QString source = m.firstChildElement( QStringLiteral( "source" ) ).text();
      const bool finished = !translation.hasAttribute( QStringLiteral( "type" ) );
      // A plural (tr with %n) has one translation per Dutch form (one, many): each is checked on its own.
      QDomElement form = translation.firstChildElement( QStringLiteral( "numerusform" ) );
      const bool plural = m.attribute( QStringLiteral( "numerus" ) ) == QLatin1String( "yes" );
      if ( form.isNull() )
        messages << Message { name, source, translation.text(), finished && !plural, plural };
      for ( ; !form.isNull(); form = form.nextSiblingElement( QStringLiteral( "numerusform" ) ) )
        messages << Message { name, source, form.text(), finished && form.text().contains( QLatin1String( "%n" ) ), plural };
    }
  }
  return messages;
}

QStringList placeholders( const QString &text )
{
  QStringList found;
  QRegularExpressionMatchIterator it = QRegularExpression( QStringLiteral( "%(\\d+|n)|</?[bi]>" ) ).globalMatch( text );
  while ( it.hasNext() )
    found << it.next().captured();
  found.sort();
  return found;
}

const QString sTs = QStringLiteral( VEERKRACHT_SOURCE_DIR "/i18n/veerkracht_nl.ts" );

} // namespace

class TestVertaling : public QObject
{
    Q_OBJECT

  private slots:
    void everyStringIsTranslated();
    void theTranslationFileCoversTheSources();
    void englishUnlessTheLocaleIsDutch();
    void dutchWhenTheLocaleIsDutch();
};

void TestVertaling::everyStringIsTranslated()
{
  const QList<Message> messages = readTs( sTs );
  QVERIFY( messages.size() > 300 );
  for ( const Message &m : messages )
  {
    const QString where = m.context + QStringLiteral( ": " ) + m.source.left( 60 );
    QVERIFY2( m.finished && !m.translation.isEmpty(), qPrintable( QStringLiteral( "untranslated: " ) + where ) );
    // Every %1 and every <b>/<i> of the source is in the translation, and nothing else.
    QVERIFY2( placeholders( m.source ) == placeholders( m.translation ), qPrintable( QStringLiteral( "placeholders differ: " ) + where ) );
  }
}

void TestVertaling::theTranslationFileCoversTheSources()
{
  // lupdate over the sources now must find exactly the strings the committed file holds.
  if ( QStringLiteral( VEERKRACHT_LUPDATE ).isEmpty() || !QFile::exists( QStringLiteral( VEERKRACHT_LUPDATE ) ) )
    QSKIP( "lupdate is not installed" );
  QTemporaryDir dir;
  const QString fresh = dir.filePath( QStringLiteral( "fresh.ts" ) );
  QProcess lupdate;
  lupdate.setWorkingDirectory( QStringLiteral( VEERKRACHT_SOURCE_DIR ) );
  // The folders update_translations scans (provider/CMakeLists.txt), in the same order.
  const QStringList folders = QStringLiteral( VEERKRACHT_TRANSLATED_FOLDERS ).split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
  lupdate.start( QStringLiteral( VEERKRACHT_LUPDATE ), QStringList { QStringLiteral( "-silent" ), QStringLiteral( "-locations" ), QStringLiteral( "none" ) }
                 + folders + QStringList { QStringLiteral( "-ts" ), fresh } );
  QVERIFY( lupdate.waitForFinished( 120000 ) );
  QCOMPARE( lupdate.exitCode(), 0 );
  const auto keys = []( const QList<Message> &messages ) {
    QStringList k;
    for ( const Message &m : messages )
      k << m.context + QLatin1Char( '\x1f' ) + m.source + ( m.plural ? QStringLiteral( " (plural)" ) : QString() );
    k.sort();
    return k;
  };
  const QStringList inSources = keys( readTs( fresh ) );
  const QStringList inFile = keys( readTs( sTs ) );
  for ( const QString &k : inSources )
    QVERIFY2( inFile.contains( k ), qPrintable( QStringLiteral( "not in i18n/veerkracht_nl.ts (run: cmake --build build --target update_translations): " ) + QString( k ).replace( QLatin1Char( '\x1f' ), QLatin1String( ": " ) ) ) );
  for ( const QString &k : inFile )
    QVERIFY2( inSources.contains( k ), qPrintable( QStringLiteral( "obsolete in i18n/veerkracht_nl.ts: " ) + QString( k ).replace( QLatin1Char( '\x1f' ), QLatin1String( ": " ) ) ) );
}

void TestVertaling::englishUnlessTheLocaleIsDutch()
{
  QgsSettings().setValue( QStringLiteral( "locale/overrideFlag" ), true );
  QgsSettings().setValue( QStringLiteral( "locale/userLocale" ), QStringLiteral( "en_GB" ) );
  QVERIFY( !installVeerkrachtTranslator() );
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "veerkracht:prepareer" ) ) );
  QCOMPARE( alg->displayName(), QStringLiteral( "Prepare input data" ) );
}

void TestVertaling::dutchWhenTheLocaleIsDutch()
{
  QgsSettings().setValue( QStringLiteral( "locale/userLocale" ), QStringLiteral( "nl_NL" ) );
  QVERIFY( installVeerkrachtTranslator() );
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  std::unique_ptr<QgsProcessingAlgorithm> prepareer( registry->createAlgorithmById( QStringLiteral( "veerkracht:prepareer" ) ) );
  QCOMPARE( prepareer->displayName(), QStringLiteral( "Gegevens voorbereiden" ) );
  QCOMPARE( prepareer->parameterDefinition( QStringLiteral( "INPUT" ) )->description(), QStringLiteral( "Gebiedenlaag (buurten) [INPUT]" ) );
  QVERIFY( prepareer->shortHelpString().contains( QStringLiteral( "wordt NULL, nooit 0" ) ) );
  std::unique_ptr<QgsProcessingAlgorithm> alles( registry->createAlgorithmById( QStringLiteral( "veerkracht:veerkrachtkaarten" ) ) );
  QCOMPARE( alles->displayName(), QStringLiteral( "Alle veerkrachtkaarten (in één keer)" ) );
  QCOMPARE( registry->providerById( QStringLiteral( "veerkracht" ) )->longName(), QStringLiteral( "Veerkracht %1 – veerkrachtkaarten van buurten" ).arg( VEERKRACHT_VERSION ) );

  // In the Dutch toolbox (sorted by name) the main tool of each group comes first.
  QMap<QString, QString> first;
  for ( const QgsProcessingAlgorithm *alg : registry->providerById( QStringLiteral( "veerkracht" ) )->algorithms() )
    if ( !first.contains( alg->groupId() ) || QString::localeAwareCompare( alg->displayName(), first.value( alg->groupId() ) ) < 0 )
      first.insert( alg->groupId(), alg->displayName() );
  QCOMPARE( first.value( QStringLiteral( "data" ) ), QStringLiteral( "Gegevens voorbereiden" ) );
  QCOMPARE( first.value( QStringLiteral( "kaarten" ) ), QStringLiteral( "Alle veerkrachtkaarten (in één keer)" ) );

  // Counts in Dutch, one and many: "1 ongeldige polygoon", "3 ongeldige polygonen", never "polygo(o)n(en)".
  QCOMPARE( QCoreApplication::translate( "PrepareerAlgorithm", "%n invalid polygon(s) were repaired (make valid).", nullptr, 1 ), QStringLiteral( "1 ongeldige polygoon gerepareerd (make valid)." ) );
  QCOMPARE( QCoreApplication::translate( "PrepareerAlgorithm", "%n invalid polygon(s) were repaired (make valid).", nullptr, 3 ), QStringLiteral( "3 ongeldige polygonen gerepareerd (make valid)." ) );
  QVERIFY( !QgsApplication::translate( "veerkracht", ", … (%1 in all)" ).contains( QLatin1String( "all" ) ) );

  // An error message names the parameter in Dutch as well.
  QgsProcessingContext context;
  QgsProcessingFeedback feedback;
  bool ok = true;
  QString message;
  try
  {
    prepareer->run( { { QStringLiteral( "INPUT" ), QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/buurten_2019.geojson" ) }, { QStringLiteral( "TABLES" ), QStringList() },
                      { QStringLiteral( "OUTPUT" ), QStringLiteral( "memory:" ) } },
                    context, &feedback, &ok, QVariantMap(), false );
  }
  catch ( const QgsProcessingException &e )
  {
    message = e.what();
  }
  QCOMPARE( message, QStringLiteral( "TABLES: geen tabel gegeven; verwacht werd ten minste één te koppelen tabel." ) );

  removeVeerkrachtTranslator();
  QCOMPARE( prepareer->displayName(), QStringLiteral( "Prepare input data" ) );
}

int main( int argc, char *argv[] )
{
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  QgsApplication app( argc, argv, false );
  QgsApplication::initQgis();
  QgsApplication::processingRegistry()->addProvider( new VeerkrachtProvider() );
  TestVertaling test;
  const int result = QTest::qExec( &test, argc, argv );
  QgsApplication::exitQgis();
  return result;
}

#include "test_vertaling.moc"
