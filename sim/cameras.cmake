# The simulated RTSP cameras (issue #4), part of bitgoeul_simlib; included by CMakeLists.txt.
# QPainter on QImage needs Qt Gui (no window, no QGuiApplication); the RTP header extension API
# is in gstreamer-rtp, which the root's GST target does not carry.
pkg_check_modules(GST_RTP REQUIRED IMPORTED_TARGET gstreamer-rtp-1.0)
target_sources(bitgoeul_simlib PRIVATE
    camera_options.cpp camera_options.h
    camera_service.cpp camera_service.h
    clip_cache.cpp clip_cache.h
    rtsp_cameras.cpp rtsp_cameras.h
    scene_library.cpp scene_library.h
    scene_renderer.cpp scene_renderer.h)
target_link_libraries(bitgoeul_simlib PUBLIC Qt6::Gui PkgConfig::GST PkgConfig::GST_RTP)
