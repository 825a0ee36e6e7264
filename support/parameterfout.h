// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Errors that know which parameters they name, so that an algorithm that runs another as a step
// can give the message with its own parameter names (veerkrachtkaarten says K_T0 where its step
// kwetsbaarheid says INDICATORS_T0), without rewriting the text.

#include <qgsexception.h>

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace veerkracht {

/**
 * A text about one or more parameters: their names, and how the text reads with any names for
 * them, so that it can be written again with other names.
 */
class ParameterTekst
{
  public:
    //! Writes the text with \a names: one per parameter, in the order of parameters().
    using Opmaak = std::function<QString( const QStringList &names )>;

    //! No parameters and no text (for containers).
    ParameterTekst() = default;

    ParameterTekst( const QStringList &parameters, const Opmaak &opmaak );

    //! A text whose only variable parts are the names: %1 is the first parameter, %2 the second, …
    ParameterTekst( const QStringList &parameters, const QString &sjabloon );

    //! The parameter's name, and nothing else.
    explicit ParameterTekst( const QString &parameter );

    //! The text with no parameter in it: it reads the same whatever the names.
    static ParameterTekst vast( const QString &text );

    const QStringList &parameters() const { return mParameters; }

    //! The text with the parameters' own names.
    QString tekst() const;

    //! The text with \a names for the parameters: one per parameter, in the order of parameters().
    QString metNamen( const QStringList &names ) const;

    //! The text with each parameter named as \a names maps it (a parameter not in it keeps its own name).
    QString tekst( const QMap<QString, QString> &names ) const;

  private:
    QStringList mParameters;
    Opmaak mOpmaak;
};

/**
 * A processing error about parameters: what() names them as the algorithm that throws it calls
 * them, message() as another algorithm that runs it as a step calls them.
 */
class ParameterFout : public QgsProcessingException
{
  public:
    explicit ParameterFout( const ParameterTekst &tekst );
    ParameterFout( const QStringList &parameters, const ParameterTekst::Opmaak &opmaak );
    //! A message whose only variable parts are the names (see ParameterTekst).
    ParameterFout( const QStringList &parameters, const QString &sjabloon );

    //! The parameters the message names, by the names of the algorithm that threw it.
    const QStringList &parameters() const { return mTekst.parameters(); }

    //! The message with each parameter named as \a names maps it (a parameter not in it keeps its own name).
    QString message( const QMap<QString, QString> &names ) const { return mTekst.tekst( names ); }

  private:
    ParameterTekst mTekst;
};

/**
 * While it lives, keeps the last ParameterFout made on this thread. QgsProcessingAlgorithm::run()
 * rethrows a copy of the QgsProcessingException it caught (`throw e;`), which keeps only the
 * text; an algorithm that runs a step with run() finds the ParameterFout behind it here.
 */
class ParameterFoutOpvang
{
  public:
    ParameterFoutOpvang();
    ~ParameterFoutOpvang();
    ParameterFoutOpvang( const ParameterFoutOpvang & ) = delete;
    ParameterFoutOpvang &operator=( const ParameterFoutOpvang & ) = delete;

    //! The ParameterFout behind \a error: the last one made while this lived, when its text is \a error's; else nullptr.
    const ParameterFout *fout( const QgsProcessingException &error ) const;

  private:
    friend class ParameterFout;
    std::optional<ParameterFout> mLaatste;
    ParameterFoutOpvang *mBuiten = nullptr; //!< the one this one replaced (a step within a step)
};

} // namespace veerkracht
