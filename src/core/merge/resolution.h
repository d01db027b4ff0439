#pragma once

namespace almanac::merge {
struct Result;
}

namespace almanac::merge::detail {

// Sets each conflict's JSON path from where its item is in the result's guide,
// or for an item that is not in it, where it would go.
void updatePaths(Result &result);

} // namespace almanac::merge::detail
