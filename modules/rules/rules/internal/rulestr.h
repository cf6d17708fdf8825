#pragma once

#include <QCoreApplication>

namespace dojo::rules::internal {

// The one translation context of every text the rules module shows people.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::rules)
};

} // namespace dojo::rules::internal
