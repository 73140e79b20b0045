// A minimal RTSP server for the video tests: one live test pattern, H.264, on 127.0.0.1.
// Prints "RTSP_URL=rtsp://127.0.0.1:PORT/test" when it listens. Test support only: the product's
// simulated cameras are in bitgoeul-sim.
//   rtsp_test_server [--port P] [--user U --password W] [--fps N] [--size WxH]
#include <gst/gst.h>
#include <gst/rtsp-server/rtsp-server.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    gst_init(&argc, &argv);
    std::string port = "0", user, password, size = "640x360";
    int fps = 15;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--port"))
            port = argv[i + 1];
        else if (!std::strcmp(argv[i], "--user"))
            user = argv[i + 1];
        else if (!std::strcmp(argv[i], "--password"))
            password = argv[i + 1];
        else if (!std::strcmp(argv[i], "--fps"))
            fps = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--size"))
            size = argv[i + 1];
    }
    const auto x = size.find('x');
    const std::string w = size.substr(0, x), h = size.substr(x + 1);
    GMainLoop* loop = g_main_loop_new(nullptr, FALSE);
    GstRTSPServer* server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(server, "127.0.0.1");
    gst_rtsp_server_set_service(server, port.c_str());
    GstRTSPMediaFactory* factory = gst_rtsp_media_factory_new();
    const std::string launch =
        "( videotestsrc is-live=true pattern=ball ! video/x-raw,width=" + w + ",height=" + h +
        ",framerate=" + std::to_string(fps) +
        "/1 ! x264enc tune=zerolatency speed-preset=ultrafast bframes=0 threads=1 key-int-max=" +
        std::to_string(fps) +
        " ! h264parse config-interval=-1 ! rtph264pay name=pay0 pt=96 "
        "config-interval=-1 )";
    gst_rtsp_media_factory_set_launch(factory, launch.c_str());
    gst_rtsp_media_factory_set_shared(factory, TRUE);
    if (!user.empty()) {
        GstRTSPAuth* auth = gst_rtsp_auth_new();
        gchar* basic = gst_rtsp_auth_make_basic(user.c_str(), password.c_str());
        GstRTSPToken* token =
            gst_rtsp_token_new(GST_RTSP_TOKEN_MEDIA_FACTORY_ROLE, G_TYPE_STRING, "viewer", nullptr);
        gst_rtsp_auth_add_basic(auth, basic, token);
        g_free(basic);
        gst_rtsp_token_unref(token);
        gst_rtsp_server_set_auth(server, auth);
        g_object_unref(auth);
        gst_rtsp_media_factory_add_role(factory, "viewer", GST_RTSP_PERM_MEDIA_FACTORY_ACCESS,
                                        G_TYPE_BOOLEAN, TRUE, GST_RTSP_PERM_MEDIA_FACTORY_CONSTRUCT,
                                        G_TYPE_BOOLEAN, TRUE, nullptr);
    }
    GstRTSPMountPoints* mounts = gst_rtsp_server_get_mount_points(server);
    gst_rtsp_mount_points_add_factory(mounts, "/test", factory);
    g_object_unref(mounts);
    if (gst_rtsp_server_attach(server, nullptr) == 0) {
        std::fprintf(stderr, "rtsp_test_server: cannot listen on port %s\n", port.c_str());
        return 1;
    }
    std::printf("RTSP_URL=rtsp://127.0.0.1:%d/test\n", gst_rtsp_server_get_bound_port(server));
    std::fflush(stdout);
    g_main_loop_run(loop);
    return 0;
}
