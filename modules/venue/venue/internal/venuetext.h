#pragma once

#include <QCoreApplication>

namespace dojo::venue::internal {

// The translation context of every message the venue module shows people.
struct VenueText
{
    Q_DECLARE_TR_FUNCTIONS(VenueText)
};

} // namespace dojo::venue::internal
