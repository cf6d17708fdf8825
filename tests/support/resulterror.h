#pragma once

#include <QString>

namespace dojo::testsupport {

// The reason a Result failed, empty when it holds a value: QVERIFY2 evaluates its message even
// when the check passes, and error() must not be asked of a success.
template<typename R> QString errorOf(const R &result)
{
    return result ? QString() : QString(result.error());
}

} // namespace dojo::testsupport
