#include "core/ball.h"

namespace dojo {
namespace {

struct Colour
{
    const char *key;
    std::uint32_t rgb;
};

// The colours of balls 1-7; 9-15 carry the same colours as stripes (9 is a yellow stripe).
constexpr std::array<Colour, 7> kGroupColours = {{{"yellow", 0xF2C200},
                                                  {"blue", 0x1746A8},
                                                  {"red", 0xD3212C},
                                                  {"purple", 0x5B2A86},
                                                  {"orange", 0xF27A1A},
                                                  {"green", 0x0E7A3E},
                                                  {"maroon", 0x7A1F2B}}};

std::array<Ball, 16> buildSet()
{
    std::array<Ball, 16> set{};
    set[0] = {kCueBall, BallKind::Cue, QStringLiteral("white"), 0xF8F6EE};
    set[8] = {kEightBall, BallKind::Eight, QStringLiteral("black"), 0x111111};
    for (size_t i = 0; i < 7; ++i) {
        const Colour colour = kGroupColours[i];
        const QString key = QString::fromLatin1(colour.key);
        set[i + 1] = {int(i) + 1, BallKind::Solid, key, colour.rgb};
        set[i + 9] = {int(i) + 9, BallKind::Stripe, key, colour.rgb};
    }
    return set;
}

} // namespace

const std::array<Ball, 16> &ballSet()
{
    static const std::array<Ball, 16> set = buildSet();
    return set;
}

} // namespace dojo
