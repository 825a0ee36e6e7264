// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The dialog's widget for the indicator tables K_INDICATORS and O_INDICATORS: one row per
// indicator with searchable field lists, the direction and weight, and presets that fill the
// table from the fields the input layer has. Registered in QGIS's processing GUI registry by the
// plugin, for the algorithm dialog, the batch dialog and the Modeler.

#include "support/indicatortabel.h"
#include "support/veerkracht_compat.h"

#include <qgsprocessingwidgetwrapper.h>

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

class IndicatorenTabelWidget : public QWidget
{
    Q_OBJECT

  public:
    IndicatorenTabelWidget( veerkracht::IndicatorSoort soort, QWidget *parent = nullptr );

    //! The field names offered in the field columns and read by the presets.
    void setVelden( const QStringList &velden );
    QStringList velden() const { return mVelden; }

    void setRijen( const QList<veerkracht::IndicatorRij> &rijen );
    //! The rows with a field at t0, as the algorithm reads them.
    QList<veerkracht::IndicatorRij> rijen() const;

    //! The years of the other table (K for O), so that a preset picks the moments nearest to them.
    void setDoelJaren( std::function<QList<int>()> doelJaren ) { mDoelJaren = std::move( doelJaren ); }

    /**
     * Fills the table with the preset \a id from the layer's fields. Returns false, and says why
     * below the table, when the layer lacks them; the table is then left as it was.
     */
    bool pasVoorinstellingToe( const QString &id );

    //! The line below the table: what a preset filled, or why it could not.
    QString melding() const;
    QTableWidget *tabel() const { return mTabel; }
    QToolButton *voorinstellingenKnop() const { return mVoorinstellingen; }

  signals:
    void gewijzigd();

  private:
    void voegRijToe( const veerkracht::IndicatorRij &rij );
    QComboBox *veldKeuze( const QString &veld, bool leegToegestaan );

    veerkracht::IndicatorSoort mSoort;
    QStringList mVelden;
    std::function<QList<int>()> mDoelJaren;
    QTableWidget *mTabel = nullptr;
    QToolButton *mVoorinstellingen = nullptr;
    QLabel *mMelding = nullptr;
    bool mBijwerken = false;
};

class IndicatorenWidgetWrapper : public QgsAbstractProcessingParameterWidgetWrapper
{
    Q_OBJECT

  public:
    IndicatorenWidgetWrapper( const QgsProcessingParameterDefinition *parameter, vkcompat::ProcessingMode type, QObject *parent = nullptr );

    void postInitialize( const QList<QgsAbstractProcessingParameterWidgetWrapper *> &wrappers ) override;
    int stretch() const override;

    //! The table (in the batch dialog and the Modeler: the one its button opens).
    IndicatorenTabelWidget *tabelWidget() const { return mTabel; }
    //! Fills the field lists from the layer the parent parameter's widget holds now.
    void leesVeldenVan( QgsAbstractProcessingParameterWidgetWrapper *parent );

  protected:
    QWidget *createWidget() override;
    void setWidgetValue( const QVariant &value, QgsProcessingContext &context ) override;
    QVariant widgetValue() const override;

  private:
    void werkKnopBij();
    //! The years of the other table (K's, for O's presets), asked when a preset is chosen.
    std::function<QList<int>()> doelJaren();

    QPointer<IndicatorenTabelWidget> mTabel;
    QPointer<QPushButton> mKnop;                //!< batch and Modeler: opens the table
    QList<veerkracht::IndicatorRij> mRijen;     //!< batch and Modeler: the value behind the button
    QPointer<IndicatorenWidgetWrapper> mAnder; //!< the other table, for its years
};

class IndicatorenWidgetFactory : public QgsProcessingParameterWidgetFactoryInterface
{
  public:
    QString parameterType() const override;
    QgsAbstractProcessingParameterWidgetWrapper *createWidgetWrapper( const QgsProcessingParameterDefinition *parameter, vkcompat::ProcessingMode type ) override;

  protected:
    QStringList compatibleParameterTypes() const override;
    QStringList compatibleOutputTypes() const override;
};
