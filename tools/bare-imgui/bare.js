// The bare Dear ImGui page: tells the Emscripten glue which canvas to draw on.
var Module = { canvas: document.getElementById('canvas') };
