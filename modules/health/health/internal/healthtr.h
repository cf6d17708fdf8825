#pragma once

#include <QCoreApplication>

namespace dojo::health::internal {

// The health module's translation context: every sentence a person reads goes through it.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::health)
};

} // namespace dojo::health::internal
