#pragma once

#include <capture/framesource.h>
#include <capture/sourcespec.h>
#include <venue/scoreboard.h>
#include <venue/tablereferee.h>

#include <QElapsedTimer>

#include <memory>

namespace dojo::app {

// Who hears of the simulated table's match: the table's referee (what its players announce
// for each shot: their choices, call and push-out, as a venue's players enter them), or with
// no referee the scoreboard (the simulated match's own rulings). Either may be null.
struct SimulatedFollowers
{
    venue::TableReferee *referee = nullptr;
    venue::TableScoreboard *scoreboard = nullptr;
};

// The concrete FrameSource a source text names: a camera, a video file or stream, images or
// the simulated table.
std::unique_ptr<capture::FrameSource> makeFrameSource(const capture::SourceSpec &spec,
                                                      capture::FrameQueue &queue,
                                                      const QElapsedTimer &clock,
                                                      SimulatedFollowers followers);

} // namespace dojo::app

namespace dojo::app {

// A source whose text could not be read: it fails at every start with the reason, so the
// table shows the problem instead of a picture.
class UnusableSource : public capture::FrameSource
{
    Q_OBJECT

public:
    UnusableSource(const QString &problem, capture::FrameQueue &queue, const QElapsedTimer &clock)
        : FrameSource(queue, clock)
        , m_problem(problem)
    {
    }
    void start() override { setState(capture::SourceState::Failed, m_problem); }
    void stop() override { setState(capture::SourceState::Stopped); }

private:
    QString m_problem;
};

} // namespace dojo::app
