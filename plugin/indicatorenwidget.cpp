// SPDX-License-Identifier: GPL-2.0-or-later
#include "plugin/indicatorenwidget.h"
#include "support/indicatorenparameter.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsproject.h>

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace veerkracht;

IndicatorenTabelWidget::IndicatorenTabelWidget( veerkracht::IndicatorSoort soort, QWidget *parent )
  : QWidget( parent )
  , mSoort( soort )
{
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );

  auto *knoppen = new QHBoxLayout();
  mVoorinstellingen = new QToolButton();
  mVoorinstellingen->setText( tr( "Preset" ) );
  mVoorinstellingen->setToolTip( tr( "Fill the table from the fields the input layer has, with its two latest years" ) );
  mVoorinstellingen->setPopupMode( QToolButton::InstantPopup );
  auto *menu = new QMenu( mVoorinstellingen );
  for ( const veerkracht::Voorinstelling &preset : veerkracht::voorinstellingen( soort ) )
  {
    QAction *action = menu->addAction( preset.titel );
    action->setObjectName( preset.id );
    connect( action, &QAction::triggered, this, [this, id = preset.id] { pasVoorinstellingToe( id ); } );
  }
  mVoorinstellingen->setMenu( menu );
  knoppen->addWidget( mVoorinstellingen );
  auto *toevoegen = new QPushButton( tr( "Add row" ) );
  toevoegen->setObjectName( QStringLiteral( "toevoegen" ) );
  knoppen->addWidget( toevoegen );
  auto *verwijderen = new QPushButton( tr( "Remove row" ) );
  verwijderen->setObjectName( QStringLiteral( "verwijderen" ) );
  knoppen->addWidget( verwijderen );
  knoppen->addStretch();
  layout->addLayout( knoppen );

  mTabel = new QTableWidget( 0, veerkracht::indicatorKolommen );
  mTabel->setHorizontalHeaderLabels( IndicatorenParameter::kolomKoppen() );
  mTabel->horizontalHeader()->setSectionResizeMode( QHeaderView::Interactive );
  mTabel->horizontalHeader()->setStretchLastSection( true );
  mTabel->verticalHeader()->setVisible( true );
  mTabel->setSelectionBehavior( QAbstractItemView::SelectRows );
  mTabel->setMinimumHeight( 110 );
  mTabel->setHorizontalScrollBarPolicy( Qt::ScrollBarAsNeeded );
  // The table scrolls sideways itself rather than widening the dialog's panel.
  mTabel->setSizePolicy( QSizePolicy::Ignored, QSizePolicy::Preferred );
  mTabel->setMinimumWidth( 240 );
  layout->addWidget( mTabel );

  mMelding = new QLabel();
  mMelding->setWordWrap( true );
  layout->addWidget( mMelding );

  // A rule the rows break is said at once, not only when the run is refused.
  connect( this, &IndicatorenTabelWidget::gewijzigd, this, [this] {
    const QString fout = leesIndicatorTabel( indicatorWaarde( rijen() ), standaardRichting( mSoort ) ).fout;
    if ( !fout.isEmpty() )
      mMelding->setText( tr( "Check the table: %1." ).arg( fout ) );
    else if ( mMelding->property( "fout" ).toBool() )
      mMelding->clear();
    mMelding->setProperty( "fout", !fout.isEmpty() );
  } );
  connect( toevoegen, &QPushButton::clicked, this, [this] {
    veerkracht::IndicatorRij rij;
    rij.richting = standaardRichting( mSoort );
    voegRijToe( rij );
    emit gewijzigd();
  } );
  connect( verwijderen, &QPushButton::clicked, this, [this] {
    // The row being edited: clicking into a cell's list or spin box does not make it current.
    int rij = -1;
    for ( int r = 0; r < mTabel->rowCount() && rij < 0; ++r )
      for ( int k = 0; k < indicatorKolommen && rij < 0; ++k )
        if ( QWidget *cel = mTabel->cellWidget( r, k ); cel && QApplication::focusWidget() && ( cel == QApplication::focusWidget() || cel->isAncestorOf( QApplication::focusWidget() ) ) )
          rij = r;
    if ( rij < 0 )
      rij = mTabel->currentRow() >= 0 ? mTabel->currentRow() : mTabel->rowCount() - 1;
    if ( rij >= 0 )
    {
      mTabel->removeRow( rij );
      emit gewijzigd();
    }
  } );
}

QComboBox *IndicatorenTabelWidget::veldKeuze( const QString &veld, bool leegToegestaan )
{
  // Editable, with a search that matches anywhere in the name: a prepared layer has hundreds of fields.
  auto *keuze = new QComboBox();
  keuze->setEditable( true );
  keuze->setSizeAdjustPolicy( QComboBox::AdjustToMinimumContentsLengthWithIcon );
  keuze->setMinimumContentsLength( 18 );
  keuze->setInsertPolicy( QComboBox::NoInsert );
  if ( leegToegestaan )
    keuze->addItem( QString() );
  keuze->addItems( mVelden );
  keuze->setCurrentText( veld );
  keuze->lineEdit()->setCursorPosition( 0 ); // the indicator's name, not only its year
  keuze->completer()->setCompletionMode( QCompleter::PopupCompletion );
  keuze->completer()->setFilterMode( Qt::MatchContains );
  keuze->completer()->setCaseSensitivity( Qt::CaseInsensitive );
  connect( keuze, &QComboBox::currentTextChanged, this, [this] {
    if ( !mBijwerken )
      emit gewijzigd();
  } );
  return keuze;
}

void IndicatorenTabelWidget::voegRijToe( const veerkracht::IndicatorRij &rij )
{
  const int r = mTabel->rowCount();
  mTabel->insertRow( r );
  mTabel->setCellWidget( r, KolomVeldT0, veldKeuze( rij.veldT0, false ) );
  mTabel->setCellWidget( r, KolomVeldT1, veldKeuze( rij.veldT1, true ) );
  auto *richting = new QComboBox();
  richting->addItem( tr( "1: higher is more" ), 1 );
  richting->addItem( tr( "-1: higher is less" ), -1 );
  richting->setCurrentIndex( rij.richting < 0 ? 1 : 0 );
  connect( richting, qOverload<int>( &QComboBox::currentIndexChanged ), this, [this] {
    if ( !mBijwerken )
      emit gewijzigd();
  } );
  mTabel->setCellWidget( r, KolomRichting, richting );
  auto *gewicht = new QDoubleSpinBox();
  gewicht->setRange( veerkracht::minGewicht, veerkracht::maxGewicht );
  gewicht->setDecimals( 4 );
  gewicht->setValue( rij.gewicht );
  connect( gewicht, qOverload<double>( &QDoubleSpinBox::valueChanged ), this, [this] {
    if ( !mBijwerken )
      emit gewijzigd();
  } );
  mTabel->setCellWidget( r, KolomGewicht, gewicht );
  mTabel->setCellWidget( r, KolomNoemerT0, veldKeuze( rij.noemerT0, true ) );
  mTabel->setCellWidget( r, KolomNoemerT1, veldKeuze( rij.noemerT1, true ) );
}

void IndicatorenTabelWidget::setVelden( const QStringList &velden )
{
  if ( velden == mVelden )
    return;
  mVelden = velden;
  setRijen( rijen() ); // the same rows, with the new lists
}

void IndicatorenTabelWidget::setRijen( const QList<veerkracht::IndicatorRij> &rijen )
{
  mBijwerken = true;
  mTabel->setRowCount( 0 );
  for ( const veerkracht::IndicatorRij &rij : rijen )
    voegRijToe( rij );
  mTabel->resizeColumnsToContents();
  mBijwerken = false;
  emit gewijzigd();
}

QList<veerkracht::IndicatorRij> IndicatorenTabelWidget::rijen() const
{
  QList<veerkracht::IndicatorRij> rijen;
  const auto tekst = [this]( int r, int k ) { return static_cast<QComboBox *>( mTabel->cellWidget( r, k ) )->currentText().trimmed(); };
  for ( int r = 0; r < mTabel->rowCount(); ++r )
  {
    veerkracht::IndicatorRij rij;
    rij.veldT0 = tekst( r, KolomVeldT0 );
    if ( rij.veldT0.isEmpty() )
      continue;
    rij.veldT1 = tekst( r, KolomVeldT1 );
    rij.richting = static_cast<QComboBox *>( mTabel->cellWidget( r, KolomRichting ) )->currentData().toInt();
    rij.gewicht = static_cast<QDoubleSpinBox *>( mTabel->cellWidget( r, KolomGewicht ) )->value();
    rij.noemerT0 = tekst( r, KolomNoemerT0 );
    rij.noemerT1 = tekst( r, KolomNoemerT1 );
    rijen << rij;
  }
  return rijen;
}

bool IndicatorenTabelWidget::pasVoorinstellingToe( const QString &id )
{
  for ( const veerkracht::Voorinstelling &preset : veerkracht::voorinstellingen( mSoort ) )
  {
    if ( preset.id != id )
      continue;
    const veerkracht::Invulling invulling = veerkracht::vulVoorinstelling( preset, mVelden, mDoelJaren ? mDoelJaren() : QList<int>() );
    if ( invulling.rijen.isEmpty() )
    {
      mMelding->setText( tr( "The input layer has no fields for “%1”; looked for %2, with or without a year (e.g. _2023)." ).arg( preset.titel, invulling.ontbreekt ) );
      return false;
    }
    setRijen( invulling.rijen );
    QStringList jaren;
    for ( int jaar : invulling.jaren )
      jaren << ( jaar > 0 ? QString::number( jaar ) : tr( "no year" ) );
    mMelding->setText( invulling.jaren.size() == 2 ? tr( "“%1”: t0 = %2, t1 = %3. Check the rows before running." ).arg( preset.titel, jaren.at( 0 ), jaren.at( 1 ) )
                                                    : tr( "“%1”: one moment (%2), a momentopname. Check the rows before running." ).arg( preset.titel, jaren.at( 0 ) ) );
    return true;
  }
  return false;
}

QString IndicatorenTabelWidget::melding() const
{
  return mMelding->text();
}

IndicatorenWidgetWrapper::IndicatorenWidgetWrapper( const QgsProcessingParameterDefinition *parameter, vkcompat::ProcessingMode type, QObject *parent )
  : QgsAbstractProcessingParameterWidgetWrapper( parameter, type, parent )
{
}

namespace
{
  veerkracht::IndicatorSoort soortVan( const QgsProcessingParameterDefinition *parameter )
  {
    const auto *tabel = dynamic_cast<const IndicatorenParameter *>( parameter );
    return tabel ? tabel->soort() : veerkracht::IndicatorSoort::Kwetsbaarheid;
  }
} // namespace

QWidget *IndicatorenWidgetWrapper::createWidget()
{
  if ( type() == vkcompat::ModeStandard )
  {
    mTabel = new IndicatorenTabelWidget( soortVan( parameterDefinition() ) );
    mTabel->setToolTip( parameterDefinition()->toolTip() );
    mTabel->setDoelJaren( doelJaren() );
    connect( mTabel, &IndicatorenTabelWidget::gewijzigd, this, [this] { emit widgetValueHasChanged( this ); } );
    return mTabel;
  }
  // A batch row or a Modeler step has no room for a table: a button opens it.
  mKnop = new QPushButton();
  mKnop->setToolTip( parameterDefinition()->toolTip() );
  connect( mKnop, &QPushButton::clicked, this, [this] {
    QDialog dialog( mKnop->window() );
    dialog.setWindowTitle( parameterDefinition()->description() );
    auto *layout = new QVBoxLayout( &dialog );
    auto *tabel = new IndicatorenTabelWidget( soortVan( parameterDefinition() ) );
    tabel->setVelden( mKnop->property( "velden" ).toStringList() );
    tabel->setDoelJaren( doelJaren() );
    tabel->setRijen( mRijen );
    layout->addWidget( tabel );
    auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel );
    connect( buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept );
    connect( buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject );
    layout->addWidget( buttons );
    dialog.resize( 760, 320 );
    if ( dialog.exec() == QDialog::Accepted )
    {
      mRijen = tabel->rijen();
      werkKnopBij();
      emit widgetValueHasChanged( this );
    }
  } );
  werkKnopBij();
  return mKnop;
}

std::function<QList<int>()> IndicatorenWidgetWrapper::doelJaren()
{
  // The table widget may outlive this wrapper: it asks through a guarded pointer.
  return [self = QPointer<IndicatorenWidgetWrapper>( this )] {
    if ( !self || !self->mAnder )
      return QList<int>();
    const IndicatorenWidgetWrapper *ander = self->mAnder;
    return jarenVanRijen( ander->mTabel ? ander->mTabel->rijen() : ander->mRijen );
  };
}

void IndicatorenWidgetWrapper::werkKnopBij()
{
  if ( !mKnop )
    return;
  QStringList velden;
  for ( const veerkracht::IndicatorRij &rij : mRijen )
    velden << rij.veldT0;
  mKnop->setText( mRijen.isEmpty() ? tr( "Indicators…" ) : tr( "%n indicator(s): %1…", nullptr, static_cast<int>( mRijen.size() ) ).arg( velden.join( QStringLiteral( ", " ) ) ) );
}

int IndicatorenWidgetWrapper::stretch() const
{
  return type() == vkcompat::ModeStandard ? 1 : 0;
}

void IndicatorenWidgetWrapper::setWidgetValue( const QVariant &value, QgsProcessingContext & )
{
  const QList<veerkracht::IndicatorRij> rijen = veerkracht::leesIndicatorTabel( value, standaardRichting( soortVan( parameterDefinition() ) ) ).rijen;
  if ( mTabel )
    mTabel->setRijen( rijen );
  else
  {
    mRijen = rijen;
    werkKnopBij();
  }
}

QVariant IndicatorenWidgetWrapper::widgetValue() const
{
  const QList<veerkracht::IndicatorRij> rijen = mTabel ? mTabel->rijen() : mRijen;
  return rijen.isEmpty() ? QVariant() : QVariant( veerkracht::indicatorWaarde( rijen ) );
}

void IndicatorenWidgetWrapper::leesVeldenVan( QgsAbstractProcessingParameterWidgetWrapper *parent )
{
  // A context of its own: a file opened to read its field names closes with it, and the dialog's
  // context (which runs the algorithm) keeps no copy of the layer.
  QgsProcessingContext context;
  context.setProject( widgetContext().project() ? widgetContext().project() : QgsProject::instance() );
  QStringList velden;
  // In the Modeler the layer is a model input with no fields yet: the lists stay empty and editable.
  const std::unique_ptr<QgsProcessingFeatureSource> bron( QgsProcessingParameters::parameterAsSource( parent->parameterDefinition(), parent->parameterValue(), context ) );
  if ( bron )
    for ( const QgsField &veld : bron->fields() )
      velden << veld.name();
  if ( mTabel )
    mTabel->setVelden( velden );
  if ( mKnop )
    mKnop->setProperty( "velden", velden );
}

void IndicatorenWidgetWrapper::postInitialize( const QList<QgsAbstractProcessingParameterWidgetWrapper *> &wrappers )
{
  QgsAbstractProcessingParameterWidgetWrapper::postInitialize( wrappers );
  const auto *tabel = dynamic_cast<const IndicatorenParameter *>( parameterDefinition() );
  if ( !tabel )
    return;
  for ( QgsAbstractProcessingParameterWidgetWrapper *wrapper : wrappers )
  {
    if ( wrapper->parameterDefinition()->name() == tabel->parentLayerParameterName() )
    {
      leesVeldenVan( wrapper );
      connect( wrapper, &QgsAbstractProcessingParameterWidgetWrapper::widgetValueHasChanged, this, [this, wrapper] { leesVeldenVan( wrapper ); } );
    }
    else if ( auto *ander = qobject_cast<IndicatorenWidgetWrapper *>( wrapper ); ander && ander != this )
    {
      const auto *anderTabel = dynamic_cast<const IndicatorenParameter *>( ander->parameterDefinition() );
      if ( anderTabel && anderTabel->soort() != tabel->soort() && tabel->soort() == veerkracht::IndicatorSoort::Overlast )
        mAnder = ander; // O's presets follow K's years
    }
  }
}

QString IndicatorenWidgetFactory::parameterType() const
{
  return IndicatorenParameter::typeName();
}

QgsAbstractProcessingParameterWidgetWrapper *IndicatorenWidgetFactory::createWidgetWrapper( const QgsProcessingParameterDefinition *parameter, vkcompat::ProcessingMode type )
{
  return new IndicatorenWidgetWrapper( parameter, type );
}

QStringList IndicatorenWidgetFactory::compatibleParameterTypes() const
{
  return { IndicatorenParameter::typeName(), QgsProcessingParameterMatrix::typeName(), QgsProcessingParameterString::typeName() };
}

QStringList IndicatorenWidgetFactory::compatibleOutputTypes() const
{
  return { QgsProcessingOutputString::typeName() };
}
