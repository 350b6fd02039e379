// The CityMap component's browser side: Leaflet and its marker clusters, loaded from this app's own wwwroot/lib
// (restored by the build from npm), never from a CDN. The server sends marker rows; this file only draws them.

const loaded = {};

function loadOnce(url, make) {
    if (!loaded[url]) {
        loaded[url] = new Promise((resolve, reject) => {
            const el = make(url);
            el.onload = () => resolve();
            el.onerror = () => reject(new Error('could not load ' + url));
            document.head.appendChild(el);
        });
    }
    return loaded[url];
}

const css = url => loadOnce(url, u => Object.assign(document.createElement('link'), { rel: 'stylesheet', href: u }));
const js = url => loadOnce(url, u => Object.assign(document.createElement('script'), { src: u, async: false }));

async function libraries() {
    await Promise.all([css('lib/leaflet/leaflet.css'), css('lib/leaflet.markercluster/MarkerCluster.css'),
        css('lib/leaflet.markercluster/MarkerCluster.Default.css'), js('lib/leaflet/leaflet.js')]);
    // The plugin extends the global L, so it loads after Leaflet itself.
    await js('lib/leaflet.markercluster/leaflet.markercluster.js');
    return window.L;
}

const toneRank = { unknown: 0, normal: 1, watch: 2, warning: 3, danger: 4 };
const toneColour = { unknown: '#757575', normal: '#2e7d32', watch: '#f9a825', warning: '#ef6c00', danger: '#c62828' };
// Few and critical: a gauge or an incident is never hidden inside a cluster.
const unclustered = new Set(['gauges', 'incidents']);

function icon(L, item) {
    const size = item.count > 1 ? 26 : 18;
    const html = `<div class="ccmap-dot ccmap-${item.layer}" data-id="${escapeHtml(item.id)}" data-tone="${item.tone}" ` +
        `style="background:${item.colour};width:${size}px;height:${size}px">${item.count > 1 ? item.count : ''}</div>`;
    return L.divIcon({ className: 'ccmap-icon', html, iconSize: [size, size] });
}

function popup(item) {
    return `<div class="ccmap-popup" data-popup="${escapeHtml(item.id)}"><strong>${escapeHtml(item.title)}</strong><br>` +
        `${escapeHtml(item.state)}<br><a href="${escapeHtml(item.href)}">${escapeHtml(item.linkText)}</a></div>`;
}

function escapeHtml(text) {
    return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function clusterIcon(L, cluster) {
    // A cluster takes the colour of its most urgent member, so a red camera is not lost in a grey bubble.
    let worst = 'unknown';
    for (const m of cluster.getAllChildMarkers()) {
        if (toneRank[m.options.tone] > toneRank[worst]) worst = m.options.tone;
    }
    const html = `<div class="ccmap-cluster" data-tone="${worst}" style="background:${toneColour[worst]}">${cluster.getChildCount()}</div>`;
    return L.divIcon({ className: 'ccmap-icon', html, iconSize: [32, 32] });
}

export async function create(element, options) {
    const L = await libraries();
    // Clusters need a maximum zoom even when no tile layer sets one (the offline background).
    const map = L.map(element, { zoomControl: true, attributionControl: !!options.tileUrl, minZoom: 9, maxZoom: 19 });
    map.setView([options.latitude, options.longitude], options.zoom);
    if (options.tileUrl) {
        L.tileLayer(options.tileUrl, { attribution: options.attribution || '', maxZoom: 19 }).addTo(map);
    } else {
        element.classList.add('ccmap-offline');
        drawBase(L, map, options.baseUrl);
    }
    const groups = {};
    for (const layer of options.layers) {
        groups[layer] = unclustered.has(layer) || options.cluster === false
            ? L.layerGroup().addTo(map)
            : L.markerClusterGroup({ maxClusterRadius: 40, disableClusteringAtZoom: 16, iconCreateFunction: c => clusterIcon(L, c) }).addTo(map);
    }
    // .NET asks for an IJSObjectReference, so this stays in the browser: only a handle crosses to the server.
    return { L, map, groups, markers: new Map() };
}

async function drawBase(L, map, url) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return;
    const data = await response.json();
    const style = { river: { color: '#1e88e5', weight: 3 }, road: { color: '#8d6e63', weight: 2, dashArray: '4 3' } };
    L.geoJSON(data, {
        style: f => style[f.properties.kind] || { color: '#9e9e9e', weight: 1 },
        pointToLayer: (f, latlng) => {
            const k = f.properties.kind;
            const radius = k === 'kecamatan' ? 0 : k === 'landmark' ? 3 : k === 'river' ? 4 : 2;
            const colour = k === 'river' ? '#1e88e5' : k === 'landmark' ? '#6d4c41' : '#9e9e9e';
            return L.circleMarker(latlng, { radius, color: colour, weight: 1, fillOpacity: 0.6, interactive: k !== 'kecamatan' });
        },
        onEachFeature: (f, layer) => layer.bindTooltip(escapeHtml(f.properties.name),
            { permanent: f.properties.kind === 'kecamatan', direction: 'center', className: 'ccmap-label ccmap-label-' + f.properties.kind }),
    }).addTo(map).bringToBack();
}

export function upsert(state, items) {
    const { L, groups, markers } = state;
    for (const item of items) {
        const group = groups[item.layer];
        if (!group) continue;
        const existing = markers.get(item.id);
        if (existing) {
            existing.options.tone = item.tone;
            existing.setLatLng([item.latitude, item.longitude]);
            existing.setIcon(icon(L, item));
            existing.setPopupContent(popup(item));
            // Clusters cache their icon: refresh it so the new colour shows at once.
            if (group.refreshClusters) group.refreshClusters(existing);
        } else {
            const marker = L.marker([item.latitude, item.longitude], { icon: icon(L, item), tone: item.tone, title: item.title });
            marker.bindPopup(popup(item));
            markers.set(item.id, marker);
            group.addLayer(marker);
        }
    }
}

export function remove(state, ids) {
    for (const id of ids) {
        const marker = state.markers.get(id);
        if (!marker) continue;
        for (const group of Object.values(state.groups)) {
            if (group.hasLayer(marker)) group.removeLayer(marker);
        }
        state.markers.delete(id);
    }
}

export function fit(state) {
    const points = [...state.markers.values()].map(m => m.getLatLng());
    if (points.length > 1) state.map.fitBounds(state.L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 });
}

export function invalidate(state) {
    state.map.invalidateSize();
}

export function dispose(state) {
    state?.map.remove();
}
