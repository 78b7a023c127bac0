# Multi-stage image for the api and worker services of docker-compose.yml.
# (No Docker engine runs on the development machines: this file is kept correct by reading.)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/web/package.json ./apps/web/package.json
RUN npm ci --no-audit --no-fund
COPY . .
# The API (dist/) and the web client it serves (apps/web/build: its server build is mounted by
# apps/api/src/web-client.ts, its client assets served from there).
RUN node scripts/build.js --force && node apps/web/scripts/build.cjs --force && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
# V8 semi-spaces of 64 MB (the default stops at 16 MB), i.e. a young generation of up to
# 128 MB per process: the API allocates short-lived objects per request and per outbox batch,
# and scavenging less often cost 5-10 % less CPU per comment (docs/benchmarks.md, session 4).
# api and worker alike.
ENV NODE_OPTIONS="--max-semi-space-size=64"
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web ./apps/web
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
