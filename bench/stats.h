#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

// Timing helpers shared by the benchmarks.
namespace almanac::bench {

using Clock = std::chrono::steady_clock;

inline double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Summary of a set of timings, in milliseconds.
struct Stats
{
    double median = 0;
    double p90 = 0;
    double p99 = 0;
    double min = 0;
    std::size_t n = 0;

    static Stats of(std::vector<double> ms)
    {
        Stats s;
        s.n = ms.size();
        if (ms.empty())
            return s;
        std::sort(ms.begin(), ms.end());
        const std::size_t mid = ms.size() / 2;
        s.median = ms.size() % 2 ? ms[mid] : (ms[mid - 1] + ms[mid]) / 2;
        s.p90 = ms[static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(ms.size()))) - 1];
        s.p99 = ms[static_cast<std::size_t>(std::ceil(0.99 * static_cast<double>(ms.size()))) - 1];
        s.min = ms.front();
        return s;
    }
};

// Keeps the compiler from dropping work whose result is otherwise unused.
inline void keep(std::size_t value)
{
    static volatile std::size_t sink;
    sink = sink + value;
}

inline std::string fmt(double ms)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, ms < 1 ? "%.3f" : (ms < 100 ? "%.2f" : "%.0f"), ms);
    return buf;
}

} // namespace almanac::bench
