#pragma once

namespace almanac {

// Without a GPU, Qt Quick (which draws the web views) is much faster with its
// software renderer than with a software OpenGL. Call before the QApplication
// is made; QT_QUICK_BACKEND, when set, wins.
void chooseGraphicsBackend();

} // namespace almanac
