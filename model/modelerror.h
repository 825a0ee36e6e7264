// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace veerkracht {

/**
 * A rule of the method cannot be applied to these data (no values, zero variance, too few areas
 * for a fit). `subject` says which input it is about (an indicator's position, "dK", …) so that
 * the caller can name the field or parameter.
 */
class ModelError : public std::runtime_error
{
  public:
    ModelError( std::string subject, const std::string &what )
      : std::runtime_error( what )
      , mSubject( std::move( subject ) )
    {}

    const std::string &subject() const { return mSubject; }

  private:
    std::string mSubject;
};

} // namespace veerkracht
