// The one value-or-error type: a value or the reason there is none, and nothing else.

#include <core/result.h>

#include <QObject>
#include <QString>
#include <QTest>

#include <memory>
#include <optional>

using namespace dojo;

namespace {

Result<int> half(int number)
{
    if (number % 2 != 0)
        return Unexpected(QStringLiteral("%1 is odd").arg(number));
    return number / 2;
}

Result<void> even(int number)
{
    if (Result<int> halved = half(number); !halved)
        return Unexpected(halved.error());
    return {};
}

struct Code
{
    int value = 0;
};

} // namespace

class tst_Result : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsAValue();
    void holdsAnError();
    void voidResult();
    void movesOnlyValues();
    void otherErrorTypes();
    void optionalInside();
};

void tst_Result::holdsAValue()
{
    const Result<int> result = half(8);
    QVERIFY(result.has_value());
    QVERIFY(bool(result));
    QCOMPARE(*result, 4);
    QCOMPARE(result.value(), 4);
    QCOMPARE(result.value_or(-1), 4);
}

void tst_Result::holdsAnError()
{
    const Result<int> result = half(7);
    QVERIFY(!result.has_value());
    QVERIFY(!result);
    QCOMPARE(result.error(), QStringLiteral("7 is odd"));
    QCOMPARE(result.value_or(-1), -1);
}

void tst_Result::voidResult()
{
    QVERIFY(even(4));
    const Result<void> odd = even(3);
    QVERIFY(!odd);
    QCOMPARE(odd.error(), QStringLiteral("3 is odd"));
}

void tst_Result::movesOnlyValues()
{
    Result<std::unique_ptr<int>> owned = std::make_unique<int>(5);
    QVERIFY(owned);
    std::unique_ptr<int> taken = std::move(*owned);
    QCOMPARE(*taken, 5);
    Result<std::unique_ptr<int>> none = std::unique_ptr<int>();
    QVERIFY(none);
    QVERIFY(!*none);
}

void tst_Result::otherErrorTypes()
{
    const Result<QString, Code> refused = Unexpected(Code{42});
    QVERIFY(!refused);
    QCOMPARE(refused.error().value, 42);
    const Result<void, Code> fine;
    QVERIFY(fine);
}

void tst_Result::optionalInside()
{
    // "Nothing there" and "could not look" stay apart.
    const Result<std::optional<int>> nothing = std::optional<int>();
    QVERIFY(nothing);
    QVERIFY(!nothing->has_value());
    const Result<std::optional<int>> failed = Unexpected(QStringLiteral("no database"));
    QVERIFY(!failed);
}

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_result.moc"
